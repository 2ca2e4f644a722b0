package vn.canbo.reports;

import vn.canbo.shared.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Báo cáo sơ kết / tổng kết: for a unit of the scope and a period, the paragraphs
 * rendered from the stored templates ({@link ParagraphTemplates}) over the figures
 * (headcount by administrative level, quality ratios, movement counts from the CAREER_*
 * figures, the achievements given by {@link SummarySection}s) and the quality table.
 * Every figure carries its drill-down link: /reports/persons (persons, limited to the
 * scope) or /career/decisions (decisions).
 */
@Service
public class SummaryReport {

	/**
	 * The quality table of the report: sub-units × (total, women, party members,
	 * minorities, under 35, degree, theory).
	 */
	static final Layout TABLE = new Layout("SUMMARY", "Số lượng, chất lượng cán bộ, công chức, viên chức", Dim.SUBUNIT,
			List.of(new Layout.Column(null, "Tổng số", null, null, "COUNT"),
					new Layout.Column(null, "Nữ", Dim.GENDER, List.of("FEMALE"), null),
					new Layout.Column(null, "Đảng viên", Dim.PARTY, List.of("YES"), null),
					new Layout.Column(null, "Dân tộc thiểu số", Dim.MINORITY, List.of("MINORITY"), null),
					new Layout.Column(null, "Dưới 35 tuổi", Dim.AGE, PeopleFigures.ages(0, 34), null),
					new Layout.Column(null, "Đại học trở lên", Dim.PROFESSIONAL,
							List.of("DAI_HOC", "THAC_SI", "TIEN_SI", "TSKH"), null),
					new Layout.Column(null, "Cao cấp, cử nhân LLCT", Dim.POLITICAL_THEORY,
							List.of("CAO_CAP", "CU_NHAN"), null)),
			null);

	/**
	 * Header of the document (NĐ 30/2020): issuing body, number, place and date, title
	 * and subject. The date is the report's own: its as-of date (by default the end of
	 * the period), never the day it is printed.
	 */
	public record Header(String issuer, String parentIssuer, String number, String place, LocalDate signedOn,
			String subject) {
	}

	public record Paragraph(String code, List<ParagraphTemplates.Segment> segments) {

		public String text() {
			StringBuilder s = new StringBuilder();
			segments.forEach(x -> s.append(x.text()));
			return s.toString();
		}
	}

	public record Summary(long unitId, String unitName, LocalDate from, LocalDate to, LocalDate asOf, Header header,
			List<Paragraph> paragraphs, StatisticsTable table, String drillBase) {

		/** The bar chart of the table's shares as a PNG data URI (HTML preview). */
		public String chartDataUri() {
			return SummaryChart.dataUri(table);
		}
	}

	private final StatisticsService stats;

	private final Figures figures;

	private final Units units;

	private final ParagraphTemplates templates;

	private final ObjectProvider<SummarySection> sections;

	SummaryReport(StatisticsService stats, Figures figures, Units units, ParagraphTemplates templates,
			ObjectProvider<SummarySection> sections) {
		this.stats = stats;
		this.figures = figures;
		this.units = units;
		this.templates = templates;
		this.sections = sections;
	}

	@Transactional(readOnly = true)
	public Summary build(Scope scope, Long unitId, LocalDate from, LocalDate to, LocalDate asOf, String issuer,
			String number, String place) {
		List<FieldError> e = new ArrayList<>();
		if (from == null) {
			e.add(new FieldError("from", Messages.text("reports.error.fromRequired"), null));
		}
		if (to == null) {
			e.add(new FieldError("to", Messages.text("reports.error.toRequired"), null));
		}
		if (from != null && to != null && to.isBefore(from)) {
			e.add(new FieldError("to", Messages.text("reports.error.toBeforeFrom"), to.toString()));
		}
		Long unit = unitId;
		if (unit == null && !scope.unrestricted() && scope.rootUnitIds().size() == 1) {
			unit = scope.rootUnitIds().iterator().next();
		}
		if (unit == null) {
			e.add(new FieldError("unitId", Messages.text("reports.error.chooseUnit"), null));
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		LocalDate d = asOf == null ? to : asOf;
		long u = unit;
		UnitView view = units.find(u, d)
			.filter(x -> units.inScope(u, scope, d))
			.orElseThrow(() -> new NotFoundException(Messages.text("reports.error.unitNotFound", String.valueOf(u))));
		Population pop = Population.adHoc(u, null, null, d);
		String base = "/reports/persons?root=" + u + "&date=" + d;

		Map<String, Object> model = new HashMap<>();
		model.put("unitName", view.name());
		model.put("scopeName", scopeName(view.name()));
		model.put("from", Formats.date(from));
		model.put("to", Formats.date(to));
		model.put("asOf", Formats.date(d));
		FigureRequest req = new FigureRequest(pop, d, from, to, scope);
		Map<String, String> people = Map.of("total", "PEOPLE_HEADCOUNT", "women", "PEOPLE_WOMEN", "party",
				"PEOPLE_PARTY", "minority", "PEOPLE_MINORITY", "under35", "PEOPLE_UNDER_35", "degree", "PEOPLE_DEGREE",
				"theory", "PEOPLE_THEORY_HIGH");
		people.forEach((k, code) -> figures.compute(code, req)
			.ifPresent(f -> model.put(k, ParagraphTemplates.Fig.of(f,
					base + (f.drillDown() == null || f.drillDown().isEmpty() ? "" : "&" + f.drillDown())))));
		SummaryHeadcount.put(model, stats, pop, d, scope, base);
		figures.compute("PEOPLE_AVERAGE_AGE", req)
			.filter(f -> f.value() != null)
			.ifPresent(f -> model.put("averageAge",
					new ParagraphTemplates.Fig(f.label(), f.count(), null, null, base, Formats.oneDecimal(f.value()))));
		List<ParagraphTemplates.Fig> levels = new ArrayList<>();
		StatisticsTable byLevel = stats.pivot(pop, d, Dim.ADMIN_LEVEL, Dim.TOTAL, Map.of(), scope);
		for (StatisticsTable.Row r : byLevel.rows()) {
			if (r.total() > 0) {
				String drill = r.cells().isEmpty() ? "rd=ADMIN_LEVEL&rv=" + r.key() : r.cells().get(0).drill();
				levels.add(new ParagraphTemplates.Fig(r.label(), r.total(), null, null, base + "&" + drill, null));
			}
		}
		model.put("levels", levels);
		List<ParagraphTemplates.Fig> movements = new ArrayList<>();
		for (FigureDefinition def : figures.definitions()) {
			String c = def.code();
			if (c.startsWith("CAREER_") && def.kind() == FigureDefinition.Kind.COUNT && !c.endsWith("_PERSONS")
					&& !c.equals("CAREER_MOVEMENTS") && c.indexOf(':') < 0) {
				Optional<Figure> f = figures.compute(c, req);
				if (f.isPresent() && f.get().count() > 0) {
					String label = f.get().label().replaceFirst("^Số lượt ", "");
					movements
						.add(new ParagraphTemplates.Fig(label, f.get().count(), null, null, f.get().drillDown(), null));
				}
			}
		}
		model.put("movements", movements);
		SummaryFigureModel.add(model, figures, req, base);
		List<ParagraphTemplates.Fig> indicators = new ArrayList<>();
		sections.orderedStream()
			.forEach(s -> s.lines(scope, u, from, to, d)
				.forEach(
						l -> indicators.add(new ParagraphTemplates.Fig(l.label(), 0, null, null, l.link(), l.text()))));
		model.put("indicators", indicators);

		List<Paragraph> paragraphs = new ArrayList<>();
		for (ParagraphTemplates.Template t : templates.list()) {
			templates.render(t.body(), model).forEach(p -> paragraphs.add(new Paragraph(t.code(), p)));
		}
		StatisticsTable table = stats.layout(TABLE, pop, d, Dim.SUBUNIT, scope);
		String upper = view.name().toUpperCase(java.util.Locale.forLanguageTag("vi"));
		Header header = new Header(issuer == null || issuer.isBlank() ? upper : issuer.strip(),
				units.path(u, d).size() > 1 ? units.path(u, d)
					.get(units.path(u, d).size() - 2)
					.name()
					.toUpperCase(java.util.Locale.forLanguageTag("vi")) : null,
				number == null || number.isBlank() ? "Số:      /BC-" : "Số: " + number.strip(),
				place == null || place.isBlank() ? view.name() : place.strip(), d,
				"Sơ kết công tác cán bộ từ ngày " + Formats.date(from) + " đến ngày " + Formats.date(to));
		return new Summary(u, view.name(), from, to, d, header, paragraphs, table, base);
	}

	/** "Thị xã Tân Lập" → "thị xã"; otherwise the name in lower case initial. */
	static String scopeName(String name) {
		String[] prefixes = { "Thị xã", "Thành phố", "Huyện", "Tỉnh", "Xã", "Phường", "Thị trấn", "Quận" };
		for (String p : prefixes) {
			if (name.startsWith(p + " ")) {
				return p.toLowerCase(java.util.Locale.forLanguageTag("vi"));
			}
		}
		return name;
	}

}
