package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.Scope;

/**
 * A JDBC batch declares parameter types from its first row: a column that is null in the
 * first dossier and set in a later one (term dates, party dates, decision numbers) must
 * still be written, with its value.
 */
@SpringBootTest
@Transactional
class PersonBatchTypesTest {

	@Autowired
	PeopleFixture fixture;

	@Autowired
	PersonService people;

	@Test
	void nullInTheFirstRowAndValuesLaterAreWritten() {
		PeopleFixture.Tree tree = fixture.tree();
		LocalDate from = LocalDate.of(2021, 3, 1);
		NewPerson plain = new NewPerson(PeopleFixture.withoutNationalId(PeopleFixture.data("Lê Thị Hoa")),
				Position.main(tree.communeA().id(), "CHUYEN_VIEN", null, from));
		Position leader = new Position(null, tree.communeA().id(), null, "CHU_TICH_UBND", null, false, false, from,
				null, from, from.plusYears(5), "12/QĐ-UBND", from.minusDays(3), null, "bầu tại kỳ họp thứ nhất");
		NewPerson withTerm = new NewPerson(PeopleFixture.withoutNationalId(PeopleFixture.data("Trần Văn Đức")), leader);

		List<Long> ids = people.createAll(List.of(plain, withTerm));

		Position stored = people.get(ids.get(1), from, Scope.all()).mainPosition();
		assertThat(stored.termStart()).isEqualTo(from);
		assertThat(stored.termEnd()).isEqualTo(from.plusYears(5));
		assertThat(stored.decisionNumber()).isEqualTo("12/QĐ-UBND");
		assertThat(stored.note()).isEqualTo("bầu tại kỳ họp thứ nhất");
		assertThat(people.get(ids.get(0), from, Scope.all()).mainPosition().termStart()).isNull();
	}

}
