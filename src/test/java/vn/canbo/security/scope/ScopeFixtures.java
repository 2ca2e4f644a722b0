package vn.canbo.security.scope;

import org.springframework.stereotype.Component;
import vn.canbo.career.DecisionService;
import vn.canbo.imports.ImportService;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.reports.Populations;
import vn.canbo.targets.Programmes;

/**
 * Builds the full two-commune fixture (with B's decision, population, import job and
 * programme) for scope checks.
 */
@Component
class ScopeFixtures {

	private final UnitService units;

	private final PersonService people;

	private final DecisionService decisions;

	private final Populations populations;

	private final ImportService imports;

	private final Programmes programmes;

	private final vn.canbo.evaluation.Campaigns campaigns;

	private final vn.canbo.training.Courses courses;

	private final vn.canbo.planning.Plans plans;

	private final vn.canbo.party.PartyOrgs partyOrgs;

	private final vn.canbo.party.PartyMembers partyMembers;

	private final vn.canbo.party.Admissions admissions;

	private final vn.canbo.party.PartyPlans partyPlans;

	ScopeFixtures(UnitService units, PersonService people, DecisionService decisions, Populations populations,
			ImportService imports, Programmes programmes, vn.canbo.evaluation.Campaigns campaigns,
			vn.canbo.training.Courses courses, vn.canbo.planning.Plans plans, vn.canbo.party.PartyOrgs partyOrgs,
			vn.canbo.party.PartyMembers partyMembers, vn.canbo.party.Admissions admissions,
			vn.canbo.party.PartyPlans partyPlans) {
		this.partyPlans = partyPlans;
		this.units = units;
		this.people = people;
		this.decisions = decisions;
		this.populations = populations;
		this.imports = imports;
		this.programmes = programmes;
		this.campaigns = campaigns;
		this.courses = courses;
		this.plans = plans;
		this.partyOrgs = partyOrgs;
		this.partyMembers = partyMembers;
		this.admissions = admissions;
	}

	TwoCommunes twoCommunes() {
		return TwoCommunes.create(units, people, decisions, populations, imports, programmes)
			.withEvaluation(campaigns)
			.withTraining(courses)
			.withPlanning(plans)
			.withParty(partyOrgs, partyMembers, admissions, partyPlans);
	}

}
