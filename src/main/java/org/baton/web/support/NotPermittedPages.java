package org.baton.web.support;

import org.baton.shared.NotPermitted;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A step the domain reserves for someone else (only the decider decides, only the author amends an
 * intent) is answered like any page that is not for this person: 403.
 */
@ControllerAdvice(basePackages = "org.baton.web")
class NotPermittedPages {

    @ExceptionHandler(NotPermitted.class)
    ModelAndView notPermitted() {
        return new ModelAndView("error/403", HttpStatus.FORBIDDEN);
    }
}
