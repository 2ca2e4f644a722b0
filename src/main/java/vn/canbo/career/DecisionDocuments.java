package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.documents.DocumentTemplates;
import vn.canbo.org.Units;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;

/**
 * Văn bản quyết định: the Word (or PDF) document of a decision for one of its persons,
 * from the editable template of its type (documents module), filled with the decision,
 * the person as of the day before the decision took effect (current post, salary) and
 * what the decision sets (new post, unit, step).
 */
@Service
public class DecisionDocuments {

	/** Which default template serves which decision type. */
	static final Map<DecisionType, String> TEMPLATE_TYPE = Map.ofEntries(
			Map.entry(DecisionType.APPOINTMENT, "APPOINTMENT"), Map.entry(DecisionType.REAPPOINTMENT, "APPOINTMENT"),
			Map.entry(DecisionType.PROMOTION, "APPOINTMENT"), Map.entry(DecisionType.DESIGNATION, "APPOINTMENT"),
			Map.entry(DecisionType.EXTENSION_TO_RETIREMENT, "APPOINTMENT"),
			Map.entry(DecisionType.TRANSFER, "TRANSFER"), Map.entry(DecisionType.ASSIGNMENT, "TRANSFER"),
			Map.entry(DecisionType.REASSIGNMENT, "TRANSFER"), Map.entry(DecisionType.ROTATION, "ROTATION"),
			Map.entry(DecisionType.SECONDMENT, "ROTATION"), Map.entry(DecisionType.SALARY_STEP_REGULAR, "SALARY_RAISE"),
			Map.entry(DecisionType.SALARY_STEP_EARLY, "SALARY_RAISE"),
			Map.entry(DecisionType.RETIREMENT, "RETIREMENT"));

	private final DecisionService decisions;

	private final PersonService people;

	private final Units units;

	private final Catalogs catalogs;

	private final DocumentTemplates templates;

	DecisionDocuments(DecisionService decisions, PersonService people, Units units, Catalogs catalogs,
			DocumentTemplates templates) {
		this.decisions = decisions;
		this.people = people;
		this.units = units;
		this.catalogs = catalogs;
		this.templates = templates;
	}

	/**
	 * The document for one person of the decision (404 when the person is not a subject
	 * or out of scope).
	 */
	@Transactional
	public byte[] document(long decisionId, long personId, DocumentFormat format, Scope scope) {
		Decision d = decisions.get(decisionId, scope);
		DecisionSubject s = d.subjects()
			.stream()
			.filter(x -> x.personId() != null && x.personId() == personId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Messages.text("career.error.personNotInDecision")));
		String templateType = TEMPLATE_TYPE.get(d.type());
		if (templateType == null) {
			throw new NotFoundException(Messages.text("career.error.noTemplate", d.type().text()));
		}
		return templates.decision(templateType, data(d, s, scope), format, personId);
	}

	/** Decision types that have a document template. */
	public boolean hasTemplate(DecisionType type) {
		return TEMPLATE_TYPE.containsKey(type);
	}

	Map<String, Object> data(Decision d, DecisionSubject s, Scope scope) {
		LocalDate effective = d.effectiveOn() == null ? LocalDate.now() : d.effectiveOn();
		LocalDate signed = d.signedOn() == null ? LocalDate.now() : d.signedOn();
		PersonView before = people.get(s.personId(), effective.minusDays(1), scope);
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("issuingBody", upper(d.issuer()));
		m.put("decisionNumber", d.number());
		m.put("day", String.format("%02d", signed.getDayOfMonth()));
		m.put("month", String.format("%02d", signed.getMonthValue()));
		m.put("year", String.valueOf(signed.getYear()));
		m.put("signerName", d.signer());
		m.put("personName", before.data().fullName());
		m.put("personBirthDate", before.data().birthDate() == null ? "" : before.data().birthDate().format());
		Position main = before.mainPosition();
		if (main != null) {
			m.put("currentTitle", title(main.titleCode(), main.titleText()));
			m.put("currentUnit", unitName(main.unitId(), effective.minusDays(1)));
		}
		if (s.unitId() != null || s.titleCode() != null || s.titleText() != null) {
			m.put("newTitle", title(s.titleCode(), s.titleText()));
			m.put("newUnit", s.unitId() == null ? m.get("currentUnit") : unitName(s.unitId(), effective));
		}
		m.put("effectiveDate", Formats.date(effective));
		if (d.type().name().startsWith("SALARY_STEP") || s.step() != null) {
			if (before.currentSalary() != null) {
				m.put("oldStep", before.currentSalary().step());
				m.put("oldCoefficient", before.currentSalary().coefficient());
				m.put("rankCode", before.currentSalary().rankCode());
				m.put("rankName", catalogs.name(CatalogType.RANK, before.currentSalary().rankCode()));
			}
			m.put("newStep", s.step());
			m.put("newCoefficient", s.coefficient());
			m.put("salaryFrom", Formats.date(effective));
		}
		if (d.type() == DecisionType.RETIREMENT) {
			m.put("retirementDate", Formats.date(effective));
			m.put("socialInsuranceNo", before.data().socialInsuranceNo());
		}
		if (d.type() == DecisionType.APPOINTMENT || d.type() == DecisionType.REAPPOINTMENT) {
			m.put("termYears", "05");
		}
		List<String> bases = new ArrayList<>();
		bases.add("Căn cứ Luật Cán bộ, công chức số 80/2025/QH15;");
		if (d.note() != null && !d.note().isBlank()) {
			bases.add(d.note());
		}
		m.put("bases", bases);
		m.put("recipients", List.of("Như Điều 3", "Lưu: VT, TCCB"));
		return m;
	}

	private String title(String code, String text) {
		return text != null && !text.isBlank() ? text : code == null ? "" : catalogs.name(CatalogType.TITLE, code);
	}

	private String unitName(Long unitId, LocalDate on) {
		return unitId == null ? "" : units.find(unitId, on).map(u -> u.name()).orElse("");
	}

	private static String upper(String s) {
		return s == null ? "" : s.toUpperCase(java.util.Locale.forLanguageTag("vi"));
	}

}
