package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.documents.DecisionPlaceholders;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.documents.DocumentTemplates;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * The evaluation documents (issue 15) from the administrator-editable templates of the
 * documents module: the phiếu đánh giá và xếp loại chất lượng of one subject (identity,
 * unit, title on the period's last day, period, the scores — common 30 + task 70 when the
 * regime splits them — the steps with dates and actors, the rating, the decision) and the
 * biên bản of a campaign (counts and shares per level, the HTXSNV quota check, the list).
 * DOCX or PDF; scoped (a subject or campaign outside the scope: 404) and audited as an
 * export by the documents module. Always in Vietnamese (official documents).
 */
@Service
public class EvaluationDocuments {

	private static final java.util.Locale VI = Messages.VIETNAMESE;

	private final Campaigns campaigns;

	private final DocumentTemplates templates;

	private final PersonService people;

	private final Units units;

	private final Catalogs catalogs;

	EvaluationDocuments(Campaigns campaigns, DocumentTemplates templates, PersonService people, Units units,
			Catalogs catalogs) {
		this.campaigns = campaigns;
		this.templates = templates;
		this.people = people;
		this.units = units;
		this.catalogs = catalogs;
	}

	/** The phiếu of a person's evaluation in a campaign. */
	@Transactional
	public byte[] form(long subjectId, DocumentFormat format, vn.canbo.shared.Scope scope) {
		Subject s = campaigns.subject(subjectId, scope);
		Campaign c = campaigns.get(s.campaignId(), scope);
		Map<String, Object> m = common(c);
		m.put("personName", s.name());
		if (s.personId() != null) {
			PersonView p = people.get(s.personId(), c.periodTo(), scope);
			m.put("personBirthDate",
					p.person().data().birthDate() == null ? "" : p.person().data().birthDate().format());
			Position main = p.mainPosition();
			m.put("currentTitle", main == null ? "" : main.titleText() != null && !main.titleText().isBlank()
					? main.titleText() : catalogs.name(CatalogType.TITLE, main.titleCode()));
		}
		m.put("currentUnit", unitName(s.unitId(), c.periodTo()));
		m.put("category", s.category() == null ? "" : s.category().label());
		m.put("regime", text("evaluation.regime." + s.regime().name()));
		boolean parts = s.commonScore() != null || s.taskScore() != null;
		m.put("withParts", parts);
		m.put("commonScore", number(s.commonScore()));
		m.put("taskScore", number(s.taskScore()));
		m.put("totalScore", number(s.score()));
		List<Map<String, Object>> steps = new ArrayList<>();
		for (Step st : s.steps()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("stepKind", text("evaluation.step." + st.kind().name()));
			row.put("stepDate", Formats.date(st.date()));
			row.put("stepActor", st.actor());
			String result = (st.score() == null ? "" : ", " + number(st.score()) + " điểm")
					+ (st.rating() == null ? "" : ", " + rating(st.rating()));
			row.put("stepResult", result);
			steps.add(row);
		}
		m.put("steps", steps);
		m.put("ratingText", s.rating() == null ? text("evaluation.document.notRated") : rating(s.rating()));
		return templates.document(DecisionPlaceholders.EVALUATION_FORM, m, format, "evaluation-form",
				String.valueOf(subjectId), s.personId());
	}

	/** The biên bản of a campaign. */
	@Transactional
	public byte[] minutes(long campaignId, DocumentFormat format, vn.canbo.shared.Scope scope) {
		Campaign c = campaigns.get(campaignId, scope);
		List<Subject> subjects = campaigns.subjects(campaignId, scope);
		Map<String, Object> m = common(c);
		m.put("currentUnit", c.rootUnitName());
		Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
		int rated = 0;
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Subject s : subjects) {
			if (s.rating() != null) {
				counts.merge(s.rating(), 1, Integer::sum);
				rated++;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("no", String.valueOf(rows.size() + 1));
			row.put("subjectName", s.name());
			row.put("subjectUnit", unitName(s.unitId(), c.periodTo()));
			row.put("subjectScore", s.score() == null ? "" : number(s.score()) + " điểm");
			row.put("subjectRating", s.rating() == null ? text("evaluation.document.notRated") : rating(s.rating()));
			rows.add(row);
		}
		m.put("subjects", rows);
		m.put("subjectCount", String.valueOf(subjects.size()));
		m.put("ratedCount", String.valueOf(rated));
		m.put("notRatedCount", String.valueOf(subjects.size() - rated));
		for (Rating r : Rating.values()) {
			String k = r.name().toLowerCase(java.util.Locale.ROOT);
			int n = counts.getOrDefault(r, 0);
			m.put(k + "Count", String.valueOf(n));
			BigDecimal pct = vn.canbo.reports.StatisticsService.percent(n, rated);
			m.put(k + "Pct", pct == null ? "—" : Formats.percent(pct));
		}
		QuotaCheck q = campaigns.quota(campaignId, scope);
		m.put("quotaText",
				q.exceeded()
						? text("evaluation.document.quotaOver", String.valueOf(q.pct()), String.valueOf(q.over()),
								q.legalBasis() == null ? "" : q.legalBasis())
						: text("evaluation.document.quotaOk", String.valueOf(q.pct()),
								q.legalBasis() == null ? "" : q.legalBasis()));
		m.put("statusText", text("evaluation.status." + c.status().name()));
		return templates.document(DecisionPlaceholders.EVALUATION_MINUTES, m, format, "evaluation-minutes",
				String.valueOf(campaignId), null);
	}

	private Map<String, Object> common(Campaign c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("issuingBody", c.rootUnitName() == null ? "" : c.rootUnitName().toUpperCase(VI));
		m.put("campaignName", c.name());
		m.put("periodText",
				c.periodKind() == PeriodKind.YEAR ? "Năm " + c.year()
						: text("evaluation.period." + c.periodKind().name()) + " " + Formats.date(c.periodFrom())
								+ " – " + Formats.date(c.periodTo()));
		LocalDate on = c.decidedOn() != null ? c.decidedOn() : LocalDate.now();
		m.put("day", String.format("%02d", on.getDayOfMonth()));
		m.put("month", String.format("%02d", on.getMonthValue()));
		m.put("year", String.valueOf(on.getYear()));
		m.put("place", "……");
		m.put("signerAuthority", c.authority() == null ? "" : c.authority());
		m.put("decisionText",
				c.finalised() ? text("evaluation.document.decided", c.authority(), Formats.date(c.decidedOn()))
						: text("evaluation.document.notDecided"));
		return m;
	}

	private String unitName(long unitId, LocalDate on) {
		return units.find(unitId, on).map(UnitView::name).orElse("");
	}

	private static String rating(Rating r) {
		return text("evaluation.rating." + r.name()) + " (" + r.code() + ")";
	}

	private static String number(BigDecimal n) {
		return n == null ? "" : Formats.number(n.stripTrailingZeros());
	}

	private static String text(String key, Object... args) {
		return Messages.text(VI, key, args);
	}

}
