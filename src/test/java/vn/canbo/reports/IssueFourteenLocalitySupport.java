package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canbo.reports.Criterion.and;
import static vn.canbo.reports.Criterion.in;
import static vn.canbo.reports.Criterion.not;
import static vn.canbo.reports.Criterion.position;
import static vn.canbo.reports.IssueFourteenLocality.D;
import static vn.canbo.reports.IssueFourteenLocality.FROM;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.canbo.imports.ImportService;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonLookup;
import vn.canbo.people.PersonService;
import vn.canbo.security.CanboUser;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;
import vn.canbo.targets.Programmes;

/**
 * What {@link IssueFourteenLocalityTest} stands on: the locality loaded once through the
 * import templates (signed in as a whole-tree administrator), the issue's populations
 * saved over the city, and the ways a sentence is obtained — a paragraph template over
 * the figures of a request, a paragraph of the city's summary report.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IssueFourteenLocalitySupport {

	@Autowired
	ImportService imports;

	@Autowired
	PersonLookup lookup;

	@Autowired
	UnitService units;

	@Autowired
	StatisticsService stats;

	@Autowired
	Populations populations;

	@Autowired
	Figures figures;

	@Autowired
	ParagraphTemplates templates;

	@Autowired
	SummaryReport summaries;

	@Autowired
	Programmes programmes;

	@Autowired
	PersonService people;

	IssueFourteenLocality city;

	IssueFourteenLocalityRules rules;

	Population leaders;

	Population leaderWomen;

	Population communeCadres;

	Population frontAndMass;

	@BeforeAll
	void buildTheLocality() {
		signIn();
		city = new IssueFourteenLocality();
		city.load(imports, lookup, units);
		rules = new IssueFourteenLocalityRules(city);
		// heads and deputies of the city's offices, boards, agencies and mass
		// organisations and their equivalents: a leader's post, held on the date (main or
		// concurrent), at the city's level, in a unit of the State, the Front, a mass
		// organisation or a public service unit — not the People's Council or Committee
		Criterion leaderPost = position(in("ADMIN_LEVEL", List.of("DISTRICT")), in("LEADER", List.of("YES")),
				in("UNIT_KIND", List.of("STATE", "MASS", "PUBLIC_SERVICE", "FRONT")),
				not(in("UNIT_TYPE", List.of("UBND", "HDND"))));
		leaders = save("Trưởng, phó phòng, ban, ngành, đoàn thể thành phố và tương đương", leaderPost);
		leaderWomen = save("Nữ trưởng, phó phòng, ban, ngành, đoàn thể thành phố",
				and(leaderPost, in("GENDER", List.of("FEMALE"))));
		communeCadres = save("Cán bộ chuyên trách xã, phường",
				and(in("CATEGORY", List.of("CADRE")), in("ADMIN_LEVEL", List.of("COMMUNE"))));
		frontAndMass = save("Cán bộ, công chức Mặt trận và đoàn thể", in("UNIT_KIND", List.of("FRONT", "MASS")));
	}

	@BeforeEach
	void signInEach() {
		signIn();
	}

	@AfterAll
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static void signIn() {
		CanboUser u = TestUsers.user(Role.ADMIN);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
	}

	Population save(String name, Criterion c) {
		return populations.save(new Population(null, null, name + " " + city.k, List.of(city.unitIds.get("C")), null,
				null, c, D, null, 0), Scope.all());
	}

	/** The persons of a population on the report's date, checked against its count. */
	Set<Long> ids(Population p) {
		return ids(p, D);
	}

	/** The persons of a population on a date, checked against its count. */
	Set<Long> ids(Population p, LocalDate d) {
		Set<Long> ids = stats.persons(p, d, Map.of(), Scope.all(), 0, 500)
			.items()
			.stream()
			.map(PersonRow::id)
			.collect(Collectors.toSet());
		assertThat(stats.count(p, d, Map.of(), Scope.all())).isEqualTo(ids.size());
		return ids;
	}

	/** A sentence rendered from a paragraph template over the figures of a request. */
	String render(String body, FigureRequest req) {
		TemplateFigures fig = new TemplateFigures(
				code -> figures.compute(code, req).map(f -> ParagraphTemplates.Fig.of(f, null)).orElse(null));
		List<List<ParagraphTemplates.Segment>> out = templates.render(body, Map.of("fig", fig));
		assertThat(out).hasSize(1);
		return out.get(0).stream().map(ParagraphTemplates.Segment::text).collect(Collectors.joining());
	}

	FigureRequest request(Population p, Map<String, List<String>> filters) {
		return new FigureRequest(p, D, FROM, D, Scope.all(), filters);
	}

	SummaryReport.Summary summary() {
		return summary(FROM, D);
	}

	SummaryReport.Summary summary(LocalDate from, LocalDate to) {
		return summaries.build(Scope.all(), city.unitIds.get("C"), from, to, to, null, null, null);
	}

	static List<String> paragraphs(SummaryReport.Summary s, String code) {
		return s.paragraphs().stream().filter(p -> p.code().equals(code)).map(SummaryReport.Paragraph::text).toList();
	}

	/** count / of in percent, HALF_UP to the decimals, written as the reports do. */
	static String pct(long count, long of, int decimals) {
		BigDecimal p = BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), decimals, RoundingMode.HALF_UP);
		return p.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
	}

}
