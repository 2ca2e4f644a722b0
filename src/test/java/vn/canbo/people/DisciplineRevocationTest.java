package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Issue 15, point 2 (people's part): revoking a discipline decision keeps the row, writes
 * the revoking decision on it (audited), survives a correction, is refused with every
 * error at once (nothing stored), scope first; the counts leave it out of periods ending
 * on or after the revocation date; the dossier as it stood before the revocation shows
 * none (PastDossier).
 */
@SpringBootTest
@Transactional
class DisciplineRevocationTest {

	static final LocalDate DECIDED = LocalDate.of(2024, 3, 1), REVOKED = LocalDate.of(2025, 6, 1);

	@Autowired
	PersonService people;

	@Autowired
	HonoursCounts counts;

	@Autowired
	PeopleFixture fixture;

	@Autowired
	JdbcClient jdbc;

	PeopleFixture.Tree tree;

	long person;

	Discipline stored;

	@BeforeEach
	void data() {
		tree = fixture.tree();
		person = fixture.create("Đinh Văn Hủy", tree.communeA().id()).id();
		stored = people.add(person, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE,
				"KHIEN_TRACH", DECIDED, null, null, "UBND xã", "Chậm trễ", "7/QĐ-KL"), Scope.all());
	}

	static Discipline.Revocation revocation(LocalDate on) {
		return new Discipline.Revocation("12/QĐ-UBND", on, "Chủ tịch UBND tỉnh", "Kết luận khiếu nại");
	}

	@Test
	void theRowIsKeptWithItsRevocationAndAudited() {
		Discipline r = people.revokeDiscipline(person, stored.id(), revocation(REVOKED),
				Scope.of(tree.communeA().id()));
		assertThat(r.revocation()).isEqualTo(revocation(REVOKED));
		assertThat(r.formCode()).isEqualTo("KHIEN_TRACH");
		assertThat(r.revokedBy(REVOKED.minusDays(1))).isFalse();
		assertThat(r.revokedBy(REVOKED)).isTrue();
		assertThat(people.get(person, null, Scope.all()).disciplines()).singleElement()
			.satisfies(d -> assertThat(d.revocation()).isEqualTo(revocation(REVOKED)));
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'person_discipline'"
					+ " and entity_id = ? and action = 'UPDATE' and after ->> 'revocation_number' = '12/QĐ-UBND'")
			.param(String.valueOf(stored.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
		// a correction of the decision keeps the revocation; a body cannot bring its own
		Discipline corrected = people.correct(
				person, HistoryKind.DISCIPLINE, stored.id(), new Discipline(null, DisciplineKind.ADMINISTRATIVE,
						"KHIEN_TRACH", DECIDED, null, null, "UBND xã", "Chậm trễ nhiều lần", "7/QĐ-KL", null),
				Scope.all());
		assertThat(corrected.revocation()).isEqualTo(revocation(REVOKED));
		Discipline other = people.add(person, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.PARTY,
				"KHIEN_TRACH", DECIDED, null, null, "Chi bộ", "Vi phạm", "8/QĐ-KL", revocation(REVOKED)), Scope.all());
		assertThat(other.revocation()).isNull();
	}

	@Test
	void theDossierAsItStoodBeforeShowsNoRevocation() {
		Discipline r = people.revokeDiscipline(person, stored.id(), revocation(REVOKED), Scope.all());
		// the past dossier of a person who left the scope (PastDossier)
		assertThat(PastDossier.discipline(r, REVOKED.minusDays(1)).revocation()).isNull();
		assertThat(PastDossier.discipline(r, REVOKED).revocation()).isEqualTo(revocation(REVOKED));
	}

	@Test
	void badRevocationNamesThePersonAndEveryFieldAndStoresNothing() {
		assertThatThrownBy(() -> people.revokeDiscipline(person, stored.id(),
				new Discipline.Revocation(" ", null, null, ""), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.errors()).extracting(FieldError::field)
					.containsExactly("decisionNumber", "revokedOn", "issuer", "reason");
				assertThat(e.errors()).allSatisfy(x -> assertThat(x.message()).startsWith("Đinh Văn Hủy: "));
			});
		assertThatThrownBy(
				() -> people.revokeDiscipline(person, stored.id(), revocation(DECIDED.minusDays(1)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
				.satisfies(x -> assertThat(x.message()).contains("29/02/2024", "01/03/2024")));
		assertThatThrownBy(() -> people.revokeDiscipline(person, stored.id(), revocation(LocalDate.now().plusDays(1)),
				Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(people.get(person, null, Scope.all()).disciplines().get(0).revocation()).isNull();
		// the decision date itself is allowed; a second revocation is refused
		people.revokeDiscipline(person, stored.id(), revocation(DECIDED), Scope.all());
		assertThatThrownBy(() -> people.revokeDiscipline(person, stored.id(), revocation(REVOKED), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
				.satisfies(x -> assertThat(x.message()).contains("đã bị hủy bỏ từ ngày 01/03/2024")));
	}

	@Test
	void scopeFirst() {
		assertThatThrownBy(() -> people.revokeDiscipline(person, stored.id(),
				new Discipline.Revocation(null, null, null, null), Scope.of(tree.communeB().id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> people.revokeDiscipline(person, stored.id() + 1_000_000, revocation(REVOKED), Scope.all()))
			.isInstanceOf(NotFoundException.class);
		assertThat(people.get(person, null, Scope.all()).disciplines().get(0).revocation()).isNull();
	}

	@Test
	void countedOnlyInPeriodsEndingBeforeTheRevocation() {
		people.revokeDiscipline(person, stored.id(), revocation(REVOKED), Scope.all());
		List<Long> root = List.of(tree.communeA().id());
		assertThat(counts.count(Scope.all(), root, DECIDED, REVOKED.minusDays(1)).disciplinesByForm())
			.containsEntry("KHIEN_TRACH", 1L);
		assertThat(counts.count(Scope.all(), root, DECIDED, REVOKED).disciplinesByForm())
			.doesNotContainKey("KHIEN_TRACH");
		assertThat(counts.count(Scope.all(), root, DECIDED, REVOKED).disciplinedPersons()).isZero();
	}

}
