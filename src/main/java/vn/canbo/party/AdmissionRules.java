package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.rules.RuleParameter;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * The admission rules (regulations.md §9.1–§9.2), every number a rule parameter read as
 * of the day it applies to: age 18–60 in full years counted by month at the chi bộ's
 * consideration (PM-AGE), education (PM-EDU), the awareness class certificate (PM-CLASS);
 * the deadlines in working days of {@code rules}' calendar: ceremony (PM-01), end of
 * probation (PM-02, month-exact) and recognition (PM-03).
 */
@Component
class AdmissionRules {

	private final RuleParameters params;

	private final Catalogs catalogs;

	AdmissionRules(RuleParameters params, Catalogs catalogs) {
		this.params = params;
		this.catalogs = catalogs;
	}

	/** Age in whole months counted by month (the day of the month is not counted). */
	static int monthsOfAge(LocalDate birth, LocalDate on) {
		return (on.getYear() - birth.getYear()) * 12 + on.getMonthValue() - birth.getMonthValue();
	}

	/** PM-01: the last day for the ceremony. */
	LocalDate ceremonyDeadline(LocalDate decidedOn) {
		return params.calendar(decidedOn).plus(decidedOn, params.intValue("party.ceremony_working_days", decidedOn));
	}

	/** PM-02: the end of probation, month-exact; the member is official from that day. */
	LocalDate probationEnd(LocalDate ceremony) {
		return ceremony.plusMonths(params.intValue("party.probation_months", ceremony));
	}

	/** PM-03: the last day for the chi bộ's proposal of recognition. */
	LocalDate recognitionDeadline(LocalDate probationEnd) {
		return params.calendar(probationEnd)
			.plus(probationEnd, params.intValue("party.recognition_working_days", probationEnd));
	}

	RuleParameter parameter(String key, LocalDate on) {
		return params.get(key, on);
	}

	/** Every admission rule for the candidate as considered on the day. */
	List<Candidate.RuleOutcome> check(Candidate c, LocalDate consideredOn, String overAgeException,
			String educationException) {
		List<Candidate.RuleOutcome> out = new ArrayList<>();
		RuleParameter min = params.get("party.admission_min_age", consideredOn);
		RuleParameter max = params.get("party.admission_max_age", consideredOn);
		int months = monthsOfAge(c.birthDate(), consideredOn);
		String age = Messages.text("party.rule.age", months / 12, months % 12, Formats.date(consideredOn));
		if (months < min.intValue() * 12) {
			out.add(new Candidate.RuleOutcome("PM-AGE", false, false,
					Messages.text("party.rule.tooYoung", min.intValue(), age), min.legalBasis()));
		}
		else if (months > max.intValue() * 12) {
			boolean excepted = overAgeException != null;
			out.add(new Candidate.RuleOutcome("PM-AGE", excepted, excepted,
					Messages.text(excepted ? "party.rule.overAgeExcepted" : "party.rule.tooOld", max.intValue(), age),
					max.legalBasis()));
		}
		else {
			out.add(new Candidate.RuleOutcome("PM-AGE", true, false, age, min.legalBasis()));
		}
		RuleParameter edu = params.get("party.admission_min_education", consideredOn);
		CatalogItem required = catalogs.find(CatalogType.GENERAL_EDUCATION, edu.value().strip()).orElseThrow();
		CatalogItem has = c.generalEducationCode() == null ? null
				: catalogs.find(CatalogType.GENERAL_EDUCATION, c.generalEducationCode()).orElse(null);
		if (has != null && has.sortOrder() >= required.sortOrder()) {
			out.add(new Candidate.RuleOutcome("PM-EDU", true, false, has.name(), edu.legalBasis()));
		}
		else {
			boolean excepted = educationException != null && has != null;
			out.add(new Candidate.RuleOutcome("PM-EDU", excepted, excepted,
					Messages.text(excepted ? "party.rule.educationExcepted" : "party.rule.education", required.name(),
							has == null ? Messages.text("party.rule.noEducation") : has.name()),
					edu.legalBasis()));
		}
		RuleParameter validity = params.get("party.awareness_certificate_months", consideredOn);
		if (c.certificateNumber() == null || c.classCompletedOn() == null) {
			out.add(new Candidate.RuleOutcome("PM-CLASS", false, false, Messages.text("party.rule.noCertificate"),
					validity.legalBasis()));
		}
		else if (c.classCompletedOn().isAfter(consideredOn)) {
			out.add(new Candidate.RuleOutcome("PM-CLASS", false, false,
					Messages.text("party.rule.certificateLater", Formats.date(c.classCompletedOn())),
					validity.legalBasis()));
		}
		else if (c.classCompletedOn().plusMonths(validity.intValue()).isBefore(consideredOn)) {
			out.add(new Candidate.RuleOutcome("PM-CLASS", false, false,
					Messages.text("party.rule.certificateExpired", Formats.date(c.classCompletedOn()),
							validity.intValue(), Formats.date(c.classCompletedOn().plusMonths(validity.intValue()))),
					validity.legalBasis()));
		}
		else {
			out.add(new Candidate.RuleOutcome("PM-CLASS", true, false,
					Messages.text("party.rule.certificate", c.certificateNumber(), Formats.date(c.classCompletedOn())),
					validity.legalBasis()));
		}
		return out;
	}

}
