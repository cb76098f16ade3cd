package org.baton.web.support;

import java.util.ArrayList;
import java.util.List;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.springframework.stereotype.Component;

/** Everyone of an organization, by name: the choices for a leader or members. */
@Component
public class Directory {

    private final People people;

    Directory(People people) {
        this.people = people;
    }

    public List<Person> everyone(OrganizationId org) {
        var all = new ArrayList<Person>();
        Page<Person> page;
        int number = 0;
        do {
            page = people.list(org, null, new PageRequest(number++, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        } while (page.hasNext());
        return all;
    }
}
