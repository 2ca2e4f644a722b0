package vn.canbo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.people.PersonService;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Sending decisions (one transaction, the same course twice refused, persons outside the
 * scope absent, every error at once) and results: a completion adds the course's level to
 * the dossier from the certificate date — the dossier and person_fact's highest level
 * change on that day, not the day before — and revoking the result undoes it.
 */
@SpringBootTest
class SendingAndResultsTest {

	@Autowired
	TrainingFixture fx;

	@Autowired
	Courses courses;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSendingIsOneTransactionAndReportsEveryBadRow() {
		TrainingFixture.Tree t = fx.tree();
		long an = fx.person("Đinh Văn An", t.a().id());
		long binh = fx.person("Đinh Văn Bình", t.a().id());
		long outside = fx.person("Đinh Văn Xa", t.b().id());
		Course c = fx.course("Trung cấp LLCT", CourseKind.POLITICAL_THEORY_INTERMEDIATE, "TRUNG_CAP", t.a().id(),
				LocalDate.of(2024, 2, 1), LocalDate.of(2024, 11, 30));
		fx.send(c.id(), an);
		Sending bad = new Sending(" ", null, "Huyện ủy", c.id(),
				java.util.Arrays.asList(binh, an, outside, binh, null));
		assertThatThrownBy(() -> courses.send(bad, Scope.of(t.a().id())))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.errors()).extracting(FieldError::field)
					.containsExactly("number", "decidedOn", "personIds[1]", "personIds[2]", "personIds[3]",
							"personIds[4]");
				assertThat(e.errors().get(2).message()).contains("Dòng 2")
					.contains("Đinh Văn An")
					.contains("Trung cấp LLCT");
			});
		// nothing of the failed batch is stored: Bình is not enrolled, the decision not
		// recorded
		assertThat(courses.enrolments(c.id(), Scope.all())).extracting(Enrolment::personId).containsExactly(an);
		assertThat(fx.send(c.id(), binh)).hasSize(1);
		assertThat(courses.enrolments(c.id(), Scope.all())).hasSize(2);
		// outside the scope the course does not exist either
		assertThatThrownBy(
				() -> courses.send(new Sending("1/QĐ", LocalDate.of(2024, 1, 2), "UBND", c.id(), List.of(outside)),
						Scope.of(t.b().id())))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("courseId"));
		assertThatThrownBy(() -> courses.enrolments(c.id(), Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void capacityIsKept() {
		TrainingFixture.Tree t = fx.tree();
		CourseInput in = TrainingFixture.input("Tin học cơ bản", CourseKind.IT, "CO_BAN", t.a().id(),
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
		Course c = courses.create(new CourseInput(in.code(), in.name(), in.kind(), in.levelCode(), null, in.unitId(),
				in.organiser(), null, null, in.startsOn(), in.endsOn(), null, 2), Scope.all());
		long p1 = fx.person("Hà Văn Một", t.a().id());
		long p2 = fx.person("Hà Văn Hai", t.a().id());
		long p3 = fx.person("Hà Văn Ba", t.a().id());
		assertThatThrownBy(() -> fx.send(c.id(), p1, p2, p3)).isInstanceOf(ValidationException.class);
		assertThat(fx.send(c.id(), p1, p2)).hasSize(2);
	}

	@Test
	void completionAddsTheLevelFromTheCertificateDateAndRevocationRemovesIt() {
		TrainingFixture.Tree t = fx.tree();
		long p = fx.person("Mai Văn Học", t.a().id());
		long q = fx.person("Mai Thị Nghỉ", t.a().id());
		Course c = fx.course("Trung cấp LLCT K12", CourseKind.POLITICAL_THEORY_INTERMEDIATE, "TRUNG_CAP", t.a().id(),
				LocalDate.of(2024, 2, 1), LocalDate.of(2024, 11, 30));
		List<Long> ids = fx.send(c.id(), p, q);
		LocalDate cert = LocalDate.of(2024, 12, 10);
		// bad rows, all reported, nothing stored
		assertThatThrownBy(() -> courses.record(c.id(),
				List.of(new ResultEntry(ids.get(0), CourseResult.COMPLETED, null, null, LocalDate.of(2024, 1, 31), null,
						null), new ResultEntry(ids.get(1), CourseResult.WITHDRAWN, null, null, null, null, null),
						new ResultEntry(-1L, CourseResult.COMPLETED, null, "X", cert, null, null)),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.errors()).extracting(FieldError::field)
					.containsExactly("results[0].certificateNumber", "results[0].certificateDate",
							"results[1].resultOn", "results[2].enrolmentId");
				assertThat(e.errors().get(0).message()).contains("Dòng 1").contains("Mai Văn Học");
			});
		assertThat(top(p, cert)).isEmpty();

		courses.record(c.id(),
				List.of(new ResultEntry(ids.get(0), CourseResult.COMPLETED, null, "TC-123", cert, "Khá", null),
						new ResultEntry(ids.get(1), CourseResult.WITHDRAWN, LocalDate.of(2024, 5, 2), null, null, null,
								"Nghỉ ốm")),
				Scope.all());
		assertThat(top(p, cert.minusDays(1))).isEmpty();
		assertThat(top(p, cert)).contains("TRUNG_CAP");
		assertThat(top(q, cert)).isEmpty();
		List<Qualification> held = people.get(p, cert, Scope.all()).qualifications();
		assertThat(held).filteredOn(x -> x.kind() == QualificationKind.POLITICAL_THEORY)
			.singleElement()
			.satisfies(x -> {
				assertThat(x.validFrom()).isEqualTo(cert);
				assertThat(x.levelCode()).isEqualTo("TRUNG_CAP");
				assertThat(x.institution()).isEqualTo("Trường Chính trị tỉnh");
			});
		assertThat(courses.ofPerson(p, Scope.all())).singleElement().satisfies(e -> {
			assertThat(e.result()).isEqualTo(CourseResult.COMPLETED);
			assertThat(e.certificateNumber()).isEqualTo("TC-123");
			assertThat(e.qualificationId()).isNotNull();
		});
		// a second result for the same enrolment is refused until the first is revoked
		assertThatThrownBy(() -> courses.record(c.id(),
				List.of(new ResultEntry(ids.get(0), CourseResult.NOT_COMPLETED, cert, null, null, null, null)),
				Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> courses.revoke(ids.get(0), cert.minusDays(1), "Cấp nhầm", Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("revokedOn"));
		assertThatThrownBy(() -> courses.revoke(ids.get(0), cert, " ", Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);

		courses.revoke(ids.get(0), LocalDate.of(2025, 1, 5), "Chứng chỉ cấp nhầm người", Scope.all());
		assertThat(top(p, cert)).isEmpty();
		assertThat(people.get(p, cert, Scope.all()).qualifications())
			.noneMatch(x -> x.kind() == QualificationKind.POLITICAL_THEORY);
		assertThat(courses.ofPerson(p, Scope.all()).get(0).result()).isNull();
		assertThat(jdbc.sql("select reason from training_result_revocation where enrolment_id = ?")
			.param(ids.get(0))
			.query(String.class)
			.single()).isEqualTo("Chứng chỉ cấp nhầm người");
		assertThat(
				jdbc.sql("select count(*) from audit_event where entity_type = 'training_enrolment' and person_id = ?")
					.param(p)
					.query(Long.class)
					.single())
			.isEqualTo(3);
	}

	/** person_fact's highest political theory level on the day (what reports read). */
	private Optional<String> top(long personId, LocalDate on) {
		return jdbc.sql("""
				select political_theory_top from person_fact
				 where person_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)""")
			.params(personId, on, on)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(x -> x);
	}

}
