package vn.canbo.party;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.documents.DecisionPlaceholders;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.documents.DocumentTemplates;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;

/**
 * The Phiếu đảng viên (regulations.md §1.4) of one member as DOCX or PDF, from the
 * administrator-editable template PHIEU_DANG_VIEN of the documents module (type
 * {@link DecisionPlaceholders#PARTY_MEMBER_FORM}): the header from the chain of Party
 * organisations above the cell where the member is active, items 01–20 from the member's
 * record (codes printed with their catalog names). Scoped (a member outside the scope:
 * 404) and audited as an export by the documents module. Always in Vietnamese.
 */
@Service
public class PartyDocuments {

	private final PartyMembers members;

	private final PartyAccess access;

	private final DocumentTemplates templates;

	private final Catalogs catalogs;

	PartyDocuments(PartyMembers members, PartyAccess access, DocumentTemplates templates, Catalogs catalogs) {
		this.members = members;
		this.access = access;
		this.templates = templates;
		this.catalogs = catalogs;
	}

	@Transactional
	public byte[] memberForm(long memberId, DocumentFormat format, Scope scope) {
		PartyMember m = members.get(memberId, scope, LocalDate.now());
		return templates.document(DecisionPlaceholders.PARTY_MEMBER_FORM, data(m), format, "party_member",
				String.valueOf(memberId), m.personId());
	}

	Map<String, Object> data(PartyMember m) {
		Map<String, Object> d = new LinkedHashMap<>();
		for (String k : new String[] { "pmProvince", "pmCommune", "pmGrassroots", "pmSection", "pmCell" }) {
			d.put(k, "");
		}
		LocalDate day = LocalDate.now(); // the Phiếu's date: its header names the
											// organisations as of it
		Optional<PartyAccess.OrgRow> o = access.findOrg(m.currentOrgId(), day);
		while (o.isPresent()) {
			PartyAccess.OrgRow r = o.get();
			switch (r.level()) {
				case PROVINCE -> d.put("pmProvince", r.name());
				case COMMUNE -> d.put("pmCommune", r.name());
				case GRASSROOTS -> d.put("pmGrassroots", r.name());
				case GRASSROOTS_CELL -> {
					d.put("pmGrassroots", r.name());
					d.put("pmCell", r.name());
				}
				case SECTION -> d.put("pmSection", r.name());
				case CELL -> d.put("pmCell", r.name());
			}
			o = r.parentId() == null ? Optional.empty() : access.findOrg(r.parentId(), day);
		}
		d.put("pmCard", nz(m.cardNumber()));
		d.put("personName", m.fullName());
		d.put("pmGender", Messages.text(Messages.VIETNAMESE, "party.stats.gender." + m.gender()));
		d.put("pmOtherNames", nz(m.otherNames()));
		d.put("personBirthDate", Formats.date(m.birthDate()));
		d.put("pmBirthPlace", nz(m.birthPlace()));
		d.put("pmHomeTown", nz(m.homeTown()));
		d.put("pmResidence", nz(m.residence()));
		d.put("pmEthnicity", catalogs.name(CatalogType.ETHNICITY, m.ethnicityCode()));
		d.put("pmReligion", catalogs.name(CatalogType.RELIGION, m.religionCode()));
		d.put("pmFamilyBackground", catalogs.name(CatalogType.FAMILY_BACKGROUND, m.familyBackgroundCode()));
		d.put("pmOccupation", nz(m.occupation()));
		d.put("pmJoinedOn", Formats.date(m.joinedOn()));
		d.put("pmJoinedCell", cellOn(m, m.joinedOn() != null ? m.joinedOn() : m.admissionDecidedOn()));
		d.put("pmDecidedOn", Formats.date(m.admissionDecidedOn()));
		d.put("pmOfficialOn", Formats.date(m.officialOn()));
		d.put("pmOfficialCell", m.officialOn() == null ? "" : cellOn(m, m.officialOn()));
		d.put("pmEducation", catalogs.name(CatalogType.GENERAL_EDUCATION, m.generalEducationCode()));
		d.put("pmProfessional", catalogs.name(CatalogType.PROFESSIONAL_LEVEL, m.professionalLevelCode()));
		d.put("pmTheory", catalogs.name(CatalogType.POLITICAL_THEORY, m.politicalTheoryCode()));
		d.put("pmNationalId", nz(m.nationalId()));
		d.put("pmExempt",
				m.exemptions()
					.stream()
					.filter(e -> e.validTo() == null || e.validTo().isAfter(LocalDate.now()))
					.map(e -> Formats.date(e.validFrom()))
					.findFirst()
					.orElse(""));
		d.put("pmStatus", m.status() == null ? "" : m.status().label());
		LocalDate today = LocalDate.now();
		d.put("place", "……");
		d.put("day", String.format("%02d", today.getDayOfMonth()));
		d.put("month", String.format("%02d", today.getMonthValue()));
		d.put("year", String.valueOf(today.getYear()));
		return d;
	}

	/** The organisation where the member was active on the day (empty when unknown). */
	private static String cellOn(PartyMember m, LocalDate day) {
		if (day == null) {
			return "";
		}
		return m.activities()
			.stream()
			.filter(a -> !a.validFrom().isAfter(day) && (a.validTo() == null || a.validTo().isAfter(day)))
			.map(PartyMember.ActivityEntry::orgName)
			.findFirst()
			.orElse("");
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
