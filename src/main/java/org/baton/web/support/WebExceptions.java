package org.baton.web.support;

import org.baton.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** What pages answer when something is missing or not allowed. */
@ControllerAdvice(basePackages = "org.baton.web")
class WebExceptions {

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    /** A malformed id in the path names nothing, like an id of another organization. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformed(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        }
        return new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(Forbidden.class)
    ModelAndView forbidden() {
        return new ModelAndView("error/403", HttpStatus.FORBIDDEN);
    }
}
