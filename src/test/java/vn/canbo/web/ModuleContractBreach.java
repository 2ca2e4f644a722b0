package vn.canbo.web;

import vn.canbo.people.PersonService;
import vn.canbo.people.web.HistoryKinds;

/**
 * Test-only: a class of the home-page module that breaks its module contract twice — it
 * depends on {@code people}, which {@code web} does not declare, and on a type of
 * people's internal web package. Only ModularityTest imports it, to show that the check
 * fails; the application never loads it (it is not a bean).
 */
class ModuleContractBreach {

	Class<?>[] reachedInto() {
		return new Class<?>[] { PersonService.class, HistoryKinds.class };
	}

}
