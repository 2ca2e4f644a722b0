package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.documents.DocumentTemplates;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.Gender;
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

	/**
	 * Which default template serves which decision type; every other type is served by
	 * the general template.
	 */
	static final Map<DecisionType, String> TEMPLATE_TYPE = Map.ofEntries(
			Map.entry(DecisionType.APPOINTMENT, "APPOINTMENT"), Map.entry(DecisionType.REAPPOINTMENT, "APPOINTMENT"),
			Map.entry(DecisionType.PROMOTION, "APPOINTMENT"), Map.entry(DecisionType.DESIGNATION, "APPOINTMENT"),
			Map.entry(DecisionType.EXTENSION_TO_RETIREMENT, "APPOINTMENT"),
			Map.entry(DecisionType.TRANSFER, "TRANSFER"), Map.entry(DecisionType.ASSIGNMENT, "TRANSFER"),
			Map.entry(DecisionType.REASSIGNMENT, "TRANSFER"), Map.entry(DecisionType.ROTATION, "ROTATION"),
			Map.entry(DecisionType.SECONDMENT, "ROTATION"), Map.entry(DecisionType.SALARY_STEP_REGULAR, "SALARY_RAISE"),
			Map.entry(DecisionType.SALARY_STEP_EARLY, "SALARY_RAISE"),
			Map.entry(DecisionType.RETIREMENT, "RETIREMENT"));

	/**
	 * The template type of the general template (every decision type without its own).
	 */
	static final String GENERAL = "GENERAL";

	private final DecisionService decisions;

	private final PersonService people;

	private final Units units;

	private final Catalogs catalogs;

	private final DocumentTemplates templates;

	private final DecisionHeading heading;

	DecisionDocuments(DecisionService decisions, PersonService people, Units units, Catalogs catalogs,
			DocumentTemplates templates, DecisionHeading heading) {
		this.heading = heading;
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
		String templateType = TEMPLATE_TYPE.getOrDefault(d.type(), GENERAL);
		if (templates.forDecisionType(templateType).isEmpty()) {
			throw new NotFoundException(Messages.text("career.error.noTemplate", d.type().text()));
		}
		return templates.decision(templateType, data(d, s, scope), format, personId);
	}

	/**
	 * Decision types that have a document template (all: the general one serves the
	 * rest).
	 */
	public boolean hasTemplate(DecisionType type) {
		return true;
	}

	Map<String, Object> data(Decision d, DecisionSubject s, Scope scope) {
		LocalDate effective = d.effectiveOn() == null ? LocalDate.now() : d.effectiveOn();
		LocalDate signed = d.signedOn() == null ? LocalDate.now() : d.signedOn();
		PersonView before = people.get(s.personId(), effective.minusDays(1), scope);
		Map<String, Object> m = new LinkedHashMap<>();
		DecisionSigning sign = d.signing();
		Long home = s.homeUnitId() != null ? s.homeUnitId()
				: before.mainPosition() == null ? null : before.mainPosition().unitId();
		Optional<UnitView> issuing = heading.issuingUnit(d.issuer(), home, scope, signed);
		m.put("issuingBodyParent", heading.parentLine(issuing, signed));
		m.put("issuingBody", DecisionHeading.upper(d.issuer()));
		m.put("decisionNumber", d.number());
		m.put("place", sign.place() != null ? sign.place() : issuing.map(u -> heading.place(u, signed)).orElse(""));
		m.put("day", String.format("%02d", signed.getDayOfMonth()));
		m.put("month", String.format("%02d", signed.getMonthValue()));
		m.put("year", String.valueOf(signed.getYear()));
		signature(d, m);
		String name = before.data().fullName();
		Gender g = before.data().gender();
		String ongBa = g == Gender.MALE ? "ông" : g == Gender.FEMALE ? "bà" : "đồng chí";
		m.put("ongBa", ongBa);
		m.put("OngBa", DecisionArticles.capital(ongBa));
		m.put("personName", name);
		m.put("personBirthDate", before.data().birthDate() == null ? "" : before.data().birthDate().format());
		Position main = before.mainPosition();
		String currentTitle = "";
		String currentUnit = "";
		if (main != null) {
			currentTitle = title(main.titleCode(), main.titleText());
			currentUnit = unitName(main.unitId(), effective.minusDays(1));
		}
		m.put("currentTitle", currentTitle);
		m.put("currentUnit", currentUnit);
		String newTitle = "";
		String newUnit = "";
		if (s.unitId() != null || s.titleCode() != null || s.titleText() != null) {
			newTitle = title(s.titleCode(), s.titleText());
			newUnit = s.unitId() == null ? currentUnit : unitName(s.unitId(), effective);
		}
		m.put("newTitle", newTitle);
		m.put("newUnit", newUnit);
		m.put("effectiveDate", Formats.date(effective));
		m.put("effectiveClause", signed.equals(effective) ? "kể từ ngày ký" : "kể từ ngày " + Formats.date(effective));
		String rankCode = before.currentSalary() == null ? null : before.currentSalary().rankCode();
		if (before.currentSalary() != null) {
			m.put("rankCode", rankCode);
			m.put("rankName", catalogs.name(CatalogType.RANK, rankCode));
			m.put("step", before.currentSalary().step());
			m.put("coefficient", DecisionArticles.coefficient(before.currentSalary().coefficient()));
			m.put("oldStep", before.currentSalary().step());
			m.put("oldCoefficient", DecisionArticles.coefficient(before.currentSalary().coefficient()));
		}
		m.put("newStep", s.step());
		m.put("newCoefficient", DecisionArticles.coefficient(s.coefficient()));
		m.put("salaryFrom", Formats.date(effective));
		m.put("nextRaiseFrom", Formats.date(effective));
		m.put("retirementDate", Formats.date(effective));
		m.put("socialInsuranceNo", before.data().socialInsuranceNo());
		m.put("termYears", "05");
		m.put("positionAllowance", DecisionArticles.coefficient(s.positionAllowance()));
		LocalDate until = s.returnOn() != null ? s.returnOn() : d.endOn();
		Decision target = d.targetDecisionId() == null ? null : decisions.get(d.targetDecisionId(), scope);
		String who = ongBa + " " + name;
		String intro = who + (before.data().birthDate() == null ? "" : ", sinh ngày " + m.get("personBirthDate"))
				+ (currentTitle.isEmpty() ? "" : ", " + currentTitle)
				+ (currentUnit.isEmpty() ? "" : ", " + currentUnit);
		DecisionArticles.Facts f = new DecisionArticles.Facts(d.type(), who, intro, newTitle, newUnit,
				oldPost(before, s), Formats.date(effective), until == null ? "" : Formats.date(until),
				s.probationMonths(), s.positionAllowance(), true, (String) m.get("rankName"), rankCode,
				before.currentSalary() == null ? null : before.currentSalary().step(),
				before.currentSalary() == null ? null : before.currentSalary().coefficient(),
				s.rankCode() == null ? null : catalogs.name(CatalogType.RANK, s.rankCode()), s.rankCode(), s.step(),
				s.coefficient(), before.data().socialInsuranceNo(), target == null ? "" : cite(target),
				target == null ? null : target.type());
		m.put("abstract", DecisionArticles.abstractLine(f));
		m.put("article1", DecisionArticles.article1(f));
		m.put("details", DecisionArticles.details(f));
		List<String> bases = new ArrayList<>();
		bases.add("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;");
		bases.add("Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;");
		if (d.note() != null && d.note().strip().startsWith("Căn cứ")) {
			bases.add(d.note().strip().replaceFirst("[;.]?$", ";"));
		}
		m.put("bases", bases);
		m.put("proposer", sign.proposer() == null ? "" : sign.proposer());
		m.put("withProposer", sign.proposer() != null);
		m.put("executors", "Chánh Văn phòng " + DecisionHeading.full(d.issuer())
				+ ", Thủ trưởng các cơ quan, đơn vị có liên quan");
		recipients(sign, m);
		return m;
	}

	/** "Quyết định số 125/QĐ-UBND ngày 05/01/2026 của UBND tỉnh Bình Giang". */
	static String cite(Decision t) {
		return "Quyết định số " + t.number() + (t.signedOn() == null ? "" : " ngày " + Formats.date(t.signedOn()))
				+ (t.issuer() == null ? "" : " của " + t.issuer()) + " về việc " + t.type().label();
	}

	/**
	 * The post concerned (miễn nhiệm, bổ nhiệm lại…): "Phó Chủ tịch UBND, UBND xã An".
	 */
	private String oldPost(PersonView before, DecisionSubject s) {
		if (s.positionId() == null) {
			return "";
		}
		return before.currentPositions()
			.stream()
			.filter(p -> s.positionId().equals(p.id()))
			.findFirst()
			.map(p -> title(p.titleCode(), p.titleText())
					+ (p.unitName() == null || p.unitName().isBlank() ? "" : ", " + p.unitName()))
			.orElse("");
	}

	/**
	 * The signature block: the authority of the heading, "TM. <collective>" and/or "KT.
	 * <head>", the signer's title and name.
	 */
	private static void signature(Decision d, Map<String, Object> m) {
		DecisionSigning.Authority a = d.signing().authority();
		String title = d.signing().signerTitle() == null ? "" : d.signing().signerTitle().toUpperCase(VI);
		String head = DecisionHeading.head(title);
		boolean collective = a == DecisionSigning.Authority.TM || a == DecisionSigning.Authority.TM_KT;
		boolean deputy = a == DecisionSigning.Authority.KT || a == DecisionSigning.Authority.TM_KT;
		String body = DecisionHeading.upper(d.issuer());
		m.put("signerAuthority", collective || head.isEmpty() ? body : head + " " + body);
		m.put("collective", DecisionHeading.collective(d.issuer()));
		m.put("withCollective", collective);
		m.put("headTitle", head);
		m.put("withDeputy", deputy && !head.isEmpty());
		m.put("signerTitle", title);
		m.put("signerName", d.signer() == null ? "" : d.signer());
	}

	/**
	 * Nơi nhận: "Như Điều 3" and the archive line are the template's own lines; a
	 * recipient typed as "Lưu: VT, SNV" gives the archive code (default TCCB).
	 */
	private static void recipients(DecisionSigning sign, Map<String, Object> m) {
		String archive = "TCCB";
		List<String> out = new ArrayList<>();
		for (String r : sign.recipients()) {
			String k = r.toLowerCase(VI);
			if (k.startsWith("lưu")) {
				String code = r.replaceFirst("(?iu)^lưu\\s*:?\\s*(vt\\s*,?)?\\s*", "").strip();
				archive = code.isEmpty() ? archive : code;
			}
			else if (!k.replaceAll("\\s+", " ").startsWith("như điều")) {
				out.add(r);
			}
		}
		m.put("recipients", out);
		m.put("archiveCode", archive);
	}

	private String title(String code, String text) {
		return text != null && !text.isBlank() ? text : code == null ? "" : catalogs.name(CatalogType.TITLE, code);
	}

	private String unitName(Long unitId, LocalDate on) {
		return unitId == null ? "" : units.find(unitId, on).map(u -> u.name()).orElse("");
	}

	private static final Locale VI = Locale.forLanguageTag("vi");

}
