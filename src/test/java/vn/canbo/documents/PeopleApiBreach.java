package vn.canbo.documents;

import vn.canbo.people.PersonMasking;
import vn.canbo.people.PersonService;

/**
 * Test-only: a class of the documents module that uses people's published API
 * ({@code people::api}, allowed) and one public type of people that is not part of it
 * ({@link PersonMasking}, which only people's own pages use). Only ModularityTest imports
 * it, to show that a public type outside the declared API is refused; the application
 * never loads it.
 */
class PeopleApiBreach {

	Class<?>[] reachedInto() {
		return new Class<?>[] { PersonService.class, PersonMasking.class };
	}

}
