package vn.canbo.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.CampaignKind;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.NewCampaign;
import vn.canbo.evaluation.PeriodKind;
import vn.canbo.evaluation.Subject;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Test data of the evaluation pages, through the published APIs: a unique province with
 * two communes, civil servants (women born 1985, with a CCCD agreeing with that) holding
 * a main post from 2010; campaigns of the year {@link #WARN_YEAR}, from which the HTXSNV
 * quota is in WARN mode (a new version of the rule parameter, from that year on, so that
 * no other test's campaign is concerned).
 */
@Component
class PagesFixture {

	/** The year of the campaigns whose quota is in WARN mode (see {@link #warnQuota}). */
	static final int WARN_YEAR = 2041;

	final UnitService units;

	final PersonService people;

	final Campaigns campaigns;

	final RuleParameters rules;

	PagesFixture(UnitService units, PersonService people, Campaigns campaigns, RuleParameters rules) {
		this.units = units;
		this.people = people;
		this.campaigns = campaigns;
		this.rules = rules;
	}

	record Tree(UnitView province, UnitView a, UnitView b) {
	}

	static String key() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	Tree tree() {
		String k = key();
		LocalDate founded = LocalDate.of(2000, 1, 1);
		UnitView p = units.create(new UnitService.NewUnit("PT-" + k, "Tỉnh Trang " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, founded));
		UnitView a = units.create(new UnitService.NewUnit("PA-" + k, "UBND xã Bắc " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), founded));
		UnitView b = units.create(new UnitService.NewUnit("PB-" + k, "UBND xã Nam " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), founded));
		return new Tree(p, a, b);
	}

	/** A unique CCCD of a woman born in 1985 (province 001, digit 1, 85). */
	static String nationalId() {
		long n = Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000L;
		return String.format("001185%06d", n);
	}

	/** A civil servant in the unit; returns the person's id. */
	long person(String name, String nationalId, long unitId) {
		PersonData d = PeopleTestData.with(PersonData.basic(PersonCategory.CIVIL_SERVANT, name, Gender.FEMALE,
				PartialDate.of(LocalDate.of(1985, 3, 9))), "nationalId", nationalId);
		Position main = Position.main(unitId, "CHUYEN_VIEN", null, LocalDate.of(2010, 1, 1));
		return people.create(new NewPerson(d, main, null, List.of()), Scope.all()).id();
	}

	Campaign campaign(String name, long rootUnitId, int year) {
		return campaigns.open(new NewCampaign(name + " " + key(), rootUnitId, PeriodKind.YEAR, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), CampaignKind.INDIVIDUAL, null, null), Scope.all());
	}

	Subject subject(long campaignId, long personId) {
		return campaigns.subjects(campaignId, Scope.all())
			.stream()
			.filter(s -> s.personId() != null && s.personId() == personId)
			.findFirst()
			.orElseThrow();
	}

	/** The HTXSNV quota in WARN mode from {@link #WARN_YEAR} on (once per database). */
	synchronized void warnQuota() {
		LocalDate from = LocalDate.of(WARN_YEAR, 1, 1);
		if (rules.get("eval.quota.excellent_pct", from.plusMonths(6)).mode() == RuleMode.WARN) {
			return;
		}
		rules.change("eval.quota.excellent_pct", new RuleParameters.Change("20", RuleMode.WARN,
				"Nghị định 335/2025/NĐ-CP (thử nghiệm: chế độ cảnh báo)", from, null));
	}

}
