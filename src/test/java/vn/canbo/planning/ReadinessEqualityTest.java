package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.catalog.Catalogs;
import vn.canbo.evaluation.Rating;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonViews;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.RetirementCategory;
import vn.canbo.people.RetirementCategoryFact;
import vn.canbo.rules.RatingFacts;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.training.Courses;
import vn.canbo.training.TitleRequirement;
import vn.canbo.training.TitleStandardInput;
import vn.canbo.training.TitleStandards;
import vn.canbo.web.OfficerPagesSupport;

/**
 * Issue 17, the readiness view's optimisation: the bulk build ({@link ReadinessBuilder}:
 * narrow reads, a retirement per (sex, birth date, category), level orders once) gives
 * exactly the views of the dossier-based build it replaced
 * ({@link ReadinessBeforeOptimisation}) for a seeded province: women and men born around
 * the retirement roadmap, a retirement category, qualifications of four kinds at levels
 * below, at and above a four-requirement standard (in force from 2040, so no other test
 * sees it), disciplines in and out of their period and revoked-free, ratings, a candidate
 * outside a commune officer's scope (hidden), an incumbent; on three days and for two
 * scopes.
 */
class ReadinessEqualityTest extends OfficerPagesSupport {

	static final LocalDate STANDARD_FROM = LocalDate.of(2040, 1, 1);

	@Autowired
	PlanningFixture fx;

	@Autowired
	PlanningRatings ratings;

	@Autowired
	Plans plans;

	@Autowired
	PlanningAccess access;

	@Autowired
	ReadinessBuilder builder;

	@Autowired
	PlanningRows rows;

	@Autowired
	PlanningChecks checks;

	@Autowired
	StandardGaps standardGaps;

	@Autowired
	PersonViews views;

	@Autowired
	CareerFacts facts;

	@Autowired
	Units units;

	@Autowired
	Catalogs catalogs;

	@Autowired
	Courses courses;

	@Autowired
	ObjectProvider<RatingFacts> ratingFacts;

	@Autowired
	TitleStandards standards;

	@Test
	void theBulkBuildGivesTheSameViewsAsTheDossierBuild() {
		ReadinessBeforeOptimisation before = new ReadinessBeforeOptimisation(rows, checks, standardGaps, views, facts,
				units, catalogs, courses, ratingFacts);
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		long b = t.b().id();
		standards.add(new TitleStandardInput("CHU_TICH_UBND", "COMMUNE", STANDARD_FROM, "Kiểm thử (không phải văn bản)",
				false, null,
				List.of(new TitleRequirement(QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", null, false),
						new TitleRequirement(QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN", null, false),
						new TitleRequirement(QualificationKind.PROFESSIONAL, "DAI_HOC", null, false),
						new TitleRequirement(QualificationKind.DEFENCE_SECURITY, "DT3", null, false))));
		Plan pa = fx.plan(a, "CHU_TICH_UBND", "PHO_CHU_TICH_UBND");
		Plan pb = fx.plan(b, "CHU_TICH_UBND");
		fx.people.create(new NewPerson(
				PersonData.basic(PersonCategory.CADRE, "Ông Đương Nhiệm Bằng", Gender.MALE,
						PartialDate.of(LocalDate.of(1972, 7, 31))),
				new Position(null, a, null, "CHU_TICH_UBND", null, false, false, LocalDate.of(2021, 7, 1), null,
						LocalDate.of(2021, 7, 1), LocalDate.of(2026, 6, 30), null, null, null, null),
				null, List.of()), Scope.all());
		long[] ids = { fx.person("Bà Sớm Hưu", a, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1975, 1, 31)),
				fx.person("Ông Đủ Chuẩn", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1984, 2, 29)),
				fx.bare("Ông Thiếu Hết", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1990, 12, 1)),
				fx.bare("Bà Trên Chuẩn", a, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1988, 6, 15)),
				fx.bare("Bà Ngoài Xã", b, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1986, 3, 3)),
				fx.bare("Ông Xã Tây", b, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1979, 10, 10)) };
		// below, at and above the standard's levels
		add(ids[1], QualificationKind.POLITICAL_THEORY, "TRUNG_CAP");
		add(ids[1], QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN");
		add(ids[1], QualificationKind.PROFESSIONAL, "DAI_HOC");
		add(ids[3], QualificationKind.POLITICAL_THEORY, "CAO_CAP");
		add(ids[3], QualificationKind.POLITICAL_THEORY, "SO_CAP");
		add(ids[3], QualificationKind.STATE_MANAGEMENT, "CAN_SU");
		add(ids[3], QualificationKind.PROFESSIONAL, "CAO_DANG");
		add(ids[3], QualificationKind.DEFENCE_SECURITY, "DT4");
		add(ids[4], QualificationKind.PROFESSIONAL, "DAI_HOC");
		fx.people.add(ids[0], HistoryKind.RETIREMENT_CATEGORY, new RetirementCategoryFact(null,
				RetirementCategory.WOMAN_LEADER, 60, LocalDate.of(2021, 1, 1), null, "Quyết định số 7/QĐ-UBND", null),
				Scope.all());
		fx.discipline(ids[2], "KHIEN_TRACH", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1));
		fx.discipline(ids[3], "CANH_CAO", LocalDate.of(2026, 11, 2), LocalDate.of(2041, 6, 1));
		ratings.year(t.province().id(), 2026,
				Map.of(ids[1], Rating.INCOMPLETE, ids[2], Rating.INCOMPLETE, ids[3], Rating.INCOMPLETE));
		for (int i = 0; i < 4; i++) {
			plans.add(pa.id(),
					PlanningFixture.justified(
							PlanningFixture.in(i % 2 == 0 ? "CHU_TICH_UBND" : "PHO_CHU_TICH_UBND", ids[i]), "Kiểm thử",
							1),
					Scope.all());
		}
		// planned in A, working in B: hidden from A's officer
		plans.add(pa.id(), PlanningFixture.justified(PlanningFixture.in("CHU_TICH_UBND", ids[4]), "Kiểm thử", 1),
				Scope.all());
		plans.add(pb.id(), PlanningFixture.justified(PlanningFixture.in("CHU_TICH_UBND", ids[5]), "Kiểm thử", 1),
				Scope.all());

		for (LocalDate day : List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 10), LocalDate.of(2040, 3, 15))) {
			for (long root : List.of(t.province().id(), a)) {
				Scope scope = Scope.of(List.of(root));
				List<PlanningRows.PlanRow> ps = access.plansOfSubtree(root, null, day, scope);
				List<Readiness> now = builder.build(ps, day, scope);
				assertThat(now).as("on %s for %s", day, scope).isEqualTo(before.build(ps, day, scope));
				assertThat(now.stream().flatMap(r -> r.titles().stream()).mapToLong(x -> x.candidates().size()).sum())
					.isEqualTo(root == a ? 5 : 6);
			}
		}
		// the seeded case: hidden, gaps listed, the standard met, a discipline in period
		List<Readiness.Row> rowsOfA = builder
			.build(access.plansOfSubtree(a, null, LocalDate.of(2040, 3, 15), Scope.of(List.of(a))),
					LocalDate.of(2040, 3, 15), Scope.of(List.of(a)))
			.get(0)
			.titles()
			.stream()
			.flatMap(x -> x.candidates().stream())
			.toList();
		assertThat(rowsOfA).filteredOn(r -> r.personId() == ids[4]).singleElement().satisfies(r -> {
			assertThat(r.hidden()).isTrue();
		});
		assertThat(rowsOfA).filteredOn(r -> r.personId() == ids[2])
			.singleElement()
			.satisfies(r -> assertThat(r.gaps()).hasSize(4));
		assertThat(rowsOfA).filteredOn(r -> r.personId() == ids[3]).singleElement().satisfies(r -> {
			assertThat(r.discipline()).contains("01/06/2041");
		});
	}

	private void add(long personId, QualificationKind kind, String level) {
		fx.people.add(personId, HistoryKind.QUALIFICATION, Qualification.of(kind, level, LocalDate.of(2019, 5, 1)),
				Scope.all());
	}

}
