package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * Corrects the Phiếu đảng viên fields of a member of the scope (the dates of admission,
 * the organisation, the statuses and the cards have their own dated steps). For a cadre
 * the identity (name, sex, birth date, CCCD, ethnicity, religion, education) is the
 * dossier's and is not edited here. Every error at once; audited (before, after).
 */
@Service
public class MemberEdits {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final MemberInputs inputs;

	private final PartyMembers members;

	MemberEdits(JdbcClient jdbc, PartyAccess access, MemberInputs inputs, PartyMembers members) {
		this.jdbc = jdbc;
		this.access = access;
		this.inputs = inputs;
		this.members = members;
	}

	@Transactional
	public PartyMember update(long memberId, PartyMember.Input raw, Scope scope) {
		access.member(memberId, scope);
		PartyMember before = members.read(memberId, LocalDate.now());
		boolean cadre = before.personId() != null;
		String name = cadre ? before.fullName() : VietnameseText.clean(raw.fullName());
		String other = cadre ? before.otherNames() : VietnameseText.clean(raw.otherNames());
		String gender = cadre ? before.gender() : raw.gender();
		LocalDate birth = cadre ? before.birthDate() : raw.birthDate();
		String nid = cadre ? before.nationalId() : MemberInputs.blank(raw.nationalId());
		String eth = cadre ? before.ethnicityCode() : MemberInputs.blank(raw.ethnicityCode());
		String rel = cadre ? before.religionCode() : MemberInputs.blank(raw.religionCode());
		String edu = cadre ? before.generalEducationCode() : MemberInputs.blank(raw.generalEducationCode());
		List<FieldError> errors = new ArrayList<>();
		inputs.identityErrors(name, gender, birth, nid, errors);
		if (nid != null && jdbc.sql("select count(*) from party_member where national_id = ? and id <> ?")
			.params(nid, memberId)
			.query(Long.class)
			.single() > 0) {
			errors.add(new FieldError("nationalId", Messages.text("party.error.nationalIdTaken", nid)));
		}
		inputs.code(CatalogType.ETHNICITY, "ethnicityCode", eth, errors);
		inputs.code(CatalogType.RELIGION, "religionCode", rel, errors);
		inputs.code(CatalogType.GENERAL_EDUCATION, "generalEducationCode", edu, errors);
		inputs.code(CatalogType.FAMILY_BACKGROUND, "familyBackgroundCode",
				MemberInputs.blank(raw.familyBackgroundCode()), errors);
		inputs.code(CatalogType.PROFESSIONAL_LEVEL, "professionalLevelCode",
				MemberInputs.blank(raw.professionalLevelCode()), errors);
		inputs.code(CatalogType.POLITICAL_THEORY, "politicalTheoryCode", MemberInputs.blank(raw.politicalTheoryCode()),
				errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		jdbc.sql("""
				update party_member set national_id = ?, full_name = ?, other_names = ?, gender = ?, birth_date = ?,
				  birth_place = ?, home_town = ?, residence = ?, ethnicity_code = ?, religion_code = ?,
				  family_background_code = ?, occupation = ?, general_education_code = ?, professional_level_code = ?,
				  political_theory_code = ?, search_name = ?, sort_name = ?, version = version + 1 where id = ?""")
			.params(nid, name, other, gender, birth, MemberInputs.blank(raw.birthPlace()),
					MemberInputs.blank(raw.homeTown()), MemberInputs.blank(raw.residence()), eth, rel,
					MemberInputs.blank(raw.familyBackgroundCode()), MemberInputs.blank(raw.occupation()), edu,
					MemberInputs.blank(raw.professionalLevelCode()), MemberInputs.blank(raw.politicalTheoryCode()),
					MemberRows.searchName(name, other), VietnameseText.sortKey(name), memberId)
			.update();
		return members.updated(memberId, before);
	}

}
