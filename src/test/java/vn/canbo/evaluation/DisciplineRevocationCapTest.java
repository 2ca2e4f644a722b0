package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.Discipline;
import vn.canbo.people.PersonService;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;

/**
 * Issue 15, point 2 (the evaluation cap): a discipline in the evaluation year caps the
 * rating at KHTNV (NĐ 335 (c)); once its decision is revoked, it caps nothing.
 */
@SpringBootTest
class DisciplineRevocationCapTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	PersonService people;

	@Test
	void aRevokedDisciplineNoLongerCapsTheRating() {
		EvaluationFixture.Tree t = fx.tree();
		long p = fx.person("Vũ Văn Hủy", t.a().id());
		fx.discipline(p, LocalDate.of(2025, 3, 1));
		Campaign c = campaigns.open(EvaluationFixture.year("Hủy kỷ luật", t.a().id(), 2025), Scope.all());
		long s = campaigns.subjects(c.id(), Scope.all()).get(0).id();
		List<ScoreEntry> good = List.of(EvaluationFixture.score(s, "80", Rating.GOOD));
		assertThat(campaigns.problems(c.id(), good, Scope.all())).extracting(FieldError::field)
			.containsExactly("entries[0].rating");

		Discipline d = people.get(p, null, Scope.all()).disciplines().get(0);
		people.revokeDiscipline(p, d.id(),
				new Discipline.Revocation("3/QĐ-UBND", LocalDate.of(2025, 9, 1), "UBND tỉnh", "Khiếu nại đúng"),
				Scope.all());
		assertThat(campaigns.problems(c.id(), good, Scope.all())).isEmpty();
		assertThat(campaigns.record(c.id(), good, Scope.all())).singleElement().satisfies(x -> {
			assertThat(x.rating()).isEqualTo(Rating.GOOD);
			assertThat(x.disciplineOnRecord()).isFalse();
		});
	}

}
