package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonLookup;
import vn.canbo.people.PersonService;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.VietnameseText;

/**
 * The Phiếu đảng viên fields of a member or candidate: a cadre's identity taken from the
 * dossier (people's published API, scope first), and the checks of the fields, every
 * error at once.
 */
@Component
class MemberInputs {

	private final PersonService people;

	private final PersonLookup lookup;

	private final Catalogs catalogs;

	private final JdbcClient jdbc;

	MemberInputs(PersonService people, PersonLookup lookup, Catalogs catalogs, JdbcClient jdbc) {
		this.people = people;
		this.lookup = lookup;
		this.catalogs = catalogs;
		this.jdbc = jdbc;
	}

	/**
	 * For a cadre ({@code personId}): name, sex, birth date, CCCD, ethnicity, religion
	 * and education from the dossier (404 when it is outside the scope); otherwise the
	 * input.
	 */
	PartyMember.Input identity(PartyMember.Input in, Scope scope) {
		if (in.personId() == null) {
			return new PartyMember.Input(blank(in.nationalId()), null, VietnameseText.clean(in.fullName()),
					VietnameseText.clean(in.otherNames()), in.gender(), in.birthDate(), blank(in.birthPlace()),
					blank(in.homeTown()), blank(in.residence()), blank(in.ethnicityCode()), blank(in.religionCode()),
					blank(in.familyBackgroundCode()), blank(in.occupation()), blank(in.generalEducationCode()),
					blank(in.professionalLevelCode()), blank(in.politicalTheoryCode()), in.orgId(),
					in.admissionDecidedOn(), in.joinedOn(), in.officialOn(), in.cardNumber(), in.cardIssuedOn());
		}
		PersonData d = dossier(in.personId(), scope);
		return new PartyMember.Input(d.nationalId(), in.personId(), d.fullName(), d.otherNames(),
				d.gender() == null ? null : d.gender().name(), d.birthDate() == null ? null : d.birthDate().date(),
				blank(in.birthPlace()), blank(in.homeTown()), blank(in.residence()), d.ethnicityCode(),
				d.religionCode(), blank(in.familyBackgroundCode()), blank(in.occupation()), d.generalEducationCode(),
				blank(in.professionalLevelCode()), blank(in.politicalTheoryCode()), in.orgId(), in.admissionDecidedOn(),
				in.joinedOn(), in.officialOn(), in.cardNumber(), in.cardIssuedOn());
	}

	/** The dossier's fields, or 404 when it does not exist or is outside the scope. */
	PersonData dossier(long personId, Scope scope) {
		if (!lookup.visible(personId, scope)) {
			throw new NotFoundException(Messages.text("party.error.personNotFound", String.valueOf(personId)));
		}
		return people.get(personId, LocalDate.now(), scope).person().data();
	}

	/** Every error of the identity fields. */
	List<FieldError> check(PartyMember.Input in) {
		List<FieldError> errors = new ArrayList<>();
		identityErrors(in.fullName(), in.gender(), in.birthDate(), in.nationalId(), errors);
		if (in.nationalId() != null && in.nationalId().matches("\\d{12}")) {
			checkNationalIdFree(in.nationalId(), errors);
		}
		if (in.personId() != null && jdbc.sql("select count(*) from party_member where person_id = ?")
			.param(in.personId())
			.query(Long.class)
			.single() > 0) {
			errors.add(new FieldError("personId", Messages.text("party.error.personIsMember")));
		}
		code(CatalogType.ETHNICITY, "ethnicityCode", in.ethnicityCode(), errors);
		code(CatalogType.RELIGION, "religionCode", in.religionCode(), errors);
		code(CatalogType.FAMILY_BACKGROUND, "familyBackgroundCode", in.familyBackgroundCode(), errors);
		code(CatalogType.GENERAL_EDUCATION, "generalEducationCode", in.generalEducationCode(), errors);
		code(CatalogType.PROFESSIONAL_LEVEL, "professionalLevelCode", in.professionalLevelCode(), errors);
		code(CatalogType.POLITICAL_THEORY, "politicalTheoryCode", in.politicalTheoryCode(), errors);
		return errors;
	}

	/** The CCCD is not already a party member's. */
	void checkNationalIdFree(String nationalId, List<FieldError> errors) {
		if (nationalId != null && jdbc.sql("select count(*) from party_member where national_id = ?")
			.param(nationalId)
			.query(Long.class)
			.single() > 0) {
			errors.add(new FieldError("nationalId", Messages.text("party.error.nationalIdTaken", nationalId)));
		}
	}

	/** Name, sex, birth date (not in the future) and the CCCD's form (12 digits). */
	void identityErrors(String fullName, String gender, LocalDate birthDate, String nationalId,
			List<FieldError> errors) {
		if (fullName == null || fullName.length() > 200) {
			errors.add(new FieldError("fullName", Messages.text("party.error.fullName")));
		}
		if (gender == null || !(gender.equals("MALE") || gender.equals("FEMALE"))) {
			errors.add(new FieldError("gender", Messages.text("party.error.gender")));
		}
		if (birthDate == null || birthDate.isAfter(LocalDate.now())) {
			errors.add(new FieldError("birthDate", Messages.text("party.error.birthDate")));
		}
		if (nationalId != null && !nationalId.matches("\\d{12}")) {
			errors.add(new FieldError("nationalId", Messages.text("party.error.nationalId")));
		}
	}

	void code(CatalogType type, String field, String code, List<FieldError> errors) {
		if (code != null && catalogs.find(type, code).isEmpty()) {
			errors.add(new FieldError(field, Messages.text("party.error.code", code)));
		}
	}

	/** A card: at most 12 characters without spaces, not used before, with its day. */
	void checkCard(String number, LocalDate issuedOn, List<FieldError> errors) {
		if (number == null || number.isBlank()) {
			return;
		}
		String n = number.strip();
		if (n.length() > 12 || !n.matches("[0-9A-Za-z.]+")) {
			errors.add(new FieldError("cardNumber", Messages.text("party.error.cardNumber")));
		}
		else if (jdbc.sql("select count(*) from party_member_card where card_number = ?")
			.param(n)
			.query(Long.class)
			.single() > 0) {
			errors.add(new FieldError("cardNumber", Messages.text("party.error.cardTaken", n)));
		}
		if (issuedOn == null || issuedOn.isAfter(LocalDate.now())) {
			errors.add(new FieldError("cardIssuedOn", Messages.text("party.error.cardIssuedOn")));
		}
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
