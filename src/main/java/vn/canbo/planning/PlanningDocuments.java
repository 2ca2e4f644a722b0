package vn.canbo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.documents.CvPlanningSource;
import vn.canbo.documents.DecisionPlaceholders;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.documents.DocumentTemplates;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonView;
import vn.canbo.people.PersonViews;
import vn.canbo.people.Position;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.QualificationLevels;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;

/**
 * The planning documents (issue 17), in Vietnamese (official documents): the planning
 * list (danh sách quy hoạch cán bộ) of one plan on a day from the administrator-editable
 * template DS_QUY_HOACH of the documents module — the plan's unit, term, kind and
 * approving decision, then per title its candidates in the plan that day with the birth
 * date, current post, highest professional / political theory / state management levels,
 * the date added and the vote counts of the steps — as DOCX or PDF, scoped (a plan
 * outside the scope: 404) and audited as an export; and the 38-item CV's item 24 "Được
 * quy hoạch chức danh" ({@link CvPlanningSource}).
 */
@Service
public class PlanningDocuments implements CvPlanningSource {

	private static final Locale VI = Messages.VIETNAMESE;

	private static final List<QualificationKind> LEVELS = List.of(QualificationKind.PROFESSIONAL,
			QualificationKind.POLITICAL_THEORY, QualificationKind.STATE_MANAGEMENT);

	private final Plans plans;

	private final PlanningRows rows;

	private final PlanningAccess access;

	private final DocumentTemplates templates;

	private final PersonViews views;

	private final QualificationLevels levels;

	private final Units units;

	private final Catalogs catalogs;

	PlanningDocuments(Plans plans, PlanningRows rows, PlanningAccess access, DocumentTemplates templates,
			PersonViews views, QualificationLevels levels, Units units, Catalogs catalogs) {
		this.plans = plans;
		this.rows = rows;
		this.access = access;
		this.templates = templates;
		this.views = views;
		this.levels = levels;
		this.units = units;
		this.catalogs = catalogs;
	}

	/** The planning list of a plan on a day (null: today). */
	@Transactional
	public byte[] list(long planId, LocalDate on, DocumentFormat format, Scope scope) {
		Plan plan = plans.get(planId, scope);
		LocalDate day = on == null ? LocalDate.now() : on;
		List<Candidate> active = plan.titles()
			.stream()
			.flatMap(t -> t.candidates().stream())
			.filter(c -> c.activeOn(day))
			.toList();
		List<Long> ids = active.stream().map(Candidate::personId).distinct().toList();
		Set<Long> visible = access.visibleAmong(ids, scope);
		Map<Long, PersonView> dossiers = views.of(ids, day, Set.of(HistoryKind.POSITION));
		Map<Long, Map<QualificationKind, String>> held = levels.highest(ids, LEVELS, day);
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("issuingBodyParent", "");
		m.put("issuingBody", plan.issuer() == null ? "" : plan.issuer().toUpperCase(VI));
		m.put("place", "……");
		m.put("day", String.format("%02d", day.getDayOfMonth()));
		m.put("month", String.format("%02d", day.getMonthValue()));
		m.put("year", String.valueOf(day.getYear()));
		m.put("unitName", plan.unitName());
		m.put("termText", plan.term().label());
		m.put("kindText", Messages.text(VI, "planning.kind." + plan.kind().name()).toLowerCase(VI));
		m.put("planDecision", text("planning.document.decision", plan.decisionNumber(), Formats.date(plan.decidedOn()),
				plan.issuer()));
		m.put("signerAuthority", plan.issuer());
		List<Map<String, Object>> table = new ArrayList<>();
		int titles = 0;
		for (Plan.Title t : plan.titles()) {
			if (t.addedOn().isAfter(day)) {
				continue;
			}
			titles++;
			String titleName = catalogs.name(CatalogType.TITLE, t.titleCode());
			List<Candidate> cs = t.candidates().stream().filter(c -> c.activeOn(day)).toList();
			if (cs.isEmpty()) {
				table.add(row("", titleName, text("planning.document.none"), "", "", "", "", ""));
			}
			boolean first = true;
			for (Candidate c : cs) {
				String no = String.valueOf(table.stream().filter(r -> !"".equals(r.get("no"))).count() + 1);
				PersonView v = dossiers.get(c.personId());
				if (!visible.contains(c.personId()) || v == null) {
					table.add(row(no, first ? titleName : "", text("planning.hiddenPerson"), "", "", "",
							Formats.date(c.addedOn()), ""));
				}
				else {
					table.add(row(no, first ? titleName : "", v.data().fullName(),
							v.data().birthDate() == null ? "" : v.data().birthDate().format(), post(v.mainPosition()),
							qualifications(held.getOrDefault(c.personId(), Map.of())), Formats.date(c.addedOn()),
							votes(c.votes())));
				}
				first = false;
			}
		}
		m.put(DecisionPlaceholders.TABLE_ROWS, table);
		m.put("titleCount", String.valueOf(titles));
		m.put("candidateCount", String.valueOf(active.size()));
		return templates.document(DecisionPlaceholders.PLANNING_LIST, m, format, "planning-list",
				String.valueOf(planId), null);
	}

	/** Item 24 of the 38-item CV: the person's candidacies in the plans on the day. */
	@Override
	@Transactional(readOnly = true)
	public List<String> plannedTitles(long personId, LocalDate asOf) {
		List<String> out = new ArrayList<>();
		for (Candidate c : rows.candidatesOfPerson(personId)) {
			if (!c.activeOn(asOf)) {
				continue;
			}
			rows.plan(c.planId()).ifPresent(p -> {
				String unit = units.find(p.unitId(), asOf)
					.or(() -> units.find(p.unitId(), p.decidedOn()))
					.map(UnitView::name)
					.orElse("");
				String term = rows.term(p.termCode()).map(PlanningTerm::label).orElse(p.termCode());
				out.add(text("planning.document.cvItem", catalogs.name(CatalogType.TITLE, c.titleCode()), unit, term));
			});
		}
		return out;
	}

	private static Map<String, Object> row(String no, String title, String name, String birth, String post,
			String quals, String added, String votes) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("no", no);
		r.put("titleName", title);
		r.put("personName", name);
		r.put("personBirthDate", birth);
		r.put("currentTitle", post);
		r.put("qualifications", quals);
		r.put("addedOn", added);
		r.put("votes", votes);
		return r;
	}

	private String post(Position main) {
		if (main == null) {
			return "";
		}
		String title = main.titleText() != null && !main.titleText().isBlank() ? main.titleText()
				: catalogs.name(CatalogType.TITLE, main.titleCode());
		return main.unitName() == null ? title : title + ", " + main.unitName();
	}

	private String qualifications(Map<QualificationKind, String> held) {
		List<String> out = new ArrayList<>();
		for (QualificationKind k : LEVELS) {
			String code = held.get(k);
			if (code != null) {
				out.add(catalogs.name(k.levelCatalog(), code));
			}
		}
		return String.join("; ", out);
	}

	private static String votes(List<Vote> votes) {
		List<String> out = new ArrayList<>();
		for (Vote v : votes) {
			String step = Messages.text(VI, "planning.step." + v.step());
			// the date first, each step on its own line: a date never wraps in the
			// narrow column (the PDF breaks lines at a slash)
			out.add(v.votesFor() == null ? text("planning.document.stepDated", step, Formats.date(v.heldOn()))
					: text("planning.document.voteDated", step, String.valueOf(v.votesFor()),
							v.voters() == null ? "?" : String.valueOf(v.voters()), Formats.date(v.heldOn())));
		}
		return String.join("\n", out);
	}

	private static String text(String key, Object... args) {
		return Messages.text(VI, key, args);
	}

}
