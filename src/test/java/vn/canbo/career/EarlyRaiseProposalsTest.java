package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Award;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonService;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Issue 15, point 3: the early salary raise proposal list of 2025 (TT 08/2013 Art. 3):
 * the ≤ 12 months to the due date as of 31/12 at both ends, already due, the last step, a
 * qualifying award form or not, a discipline in the period (and the same revoked), the
 * quota per unit, scope first.
 */
@SpringBootTest
@Transactional
class EarlyRaiseProposalsTest {

	static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

	@Autowired
	EarlyRaiseProposals proposals;

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	/**
	 * A civil servant (01.003, 36 months) on the step since the date, rewarded in 2025.
	 */
	long person(CareerFixture.Tree t, String name, int step, LocalDate since, String awardForm) {
		long id = fx.person(name, Gender.MALE, PartialDate.of(LocalDate.of(1985, 2, 3)), t.a().id(), step, since);
		if (awardForm != null) {
			people.add(id, HistoryKind.AWARD, new Award(null, 2025, awardForm, "5/QĐ-UBND", LocalDate.of(2025, 11, 20),
					"UBND tỉnh", "Hoàn thành xuất sắc nhiệm vụ"), Scope.all());
		}
		return id;
	}

	@Test
	void theListOfTheYearAtItsBoundaries() {
		CareerFixture.Tree t = fx.tree();
		person(t, "Lý Văn Sáu", 3, LocalDate.of(2023, 6, 1), "BK_TINH"); // due 1/6/2026
		person(t, "Lý Văn Biên", 3, LocalDate.of(2023, 12, 31), "CSTD_CS"); // due
																			// 31/12/2026:
																			// 12 months
		person(t, "Lý Văn Quá", 3, LocalDate.of(2024, 1, 1), "BK_TINH"); // due 1/1/2027:
																			// beyond
		person(t, "Lý Văn Đến", 3, LocalDate.of(2022, 12, 31), "BK_TINH"); // due
																			// 31/12/2025:
																			// regular
		person(t, "Lý Văn Một", 3, LocalDate.of(2023, 1, 1), "BK_TINH"); // due 1/1/2026:
																			// 1 month
		person(t, "Lý Văn Cuối", 9, LocalDate.of(2023, 6, 1), "BK_TINH"); // last step
		person(t, "Lý Văn Giấy", 3, LocalDate.of(2023, 6, 1), "GIAY_KHEN"); // not a
																			// qualifying
																			// form
		person(t, "Lý Văn Không", 3, LocalDate.of(2023, 6, 1), null); // no award
		long disciplined = person(t, "Lý Văn Kỷ", 3, LocalDate.of(2023, 6, 1), "BK_TINH");
		people.add(disciplined, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE,
				"KHIEN_TRACH", LocalDate.of(2024, 4, 1), null, null, "UBND tỉnh", "Vi phạm", "2/QĐ-KL"), Scope.all());
		long revoked = person(t, "Lý Văn Hủy", 3, LocalDate.of(2023, 6, 1), "BK_TINH");
		Discipline d = people.add(revoked, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE,
				"KHIEN_TRACH", LocalDate.of(2024, 4, 1), null, null, "UBND tỉnh", "Vi phạm", "3/QĐ-KL"), Scope.all());
		people.revokeDiscipline(revoked, d.id(),
				new Discipline.Revocation("4/QĐ-UBND", LocalDate.of(2025, 3, 1), "UBND tỉnh", "Khiếu nại đúng"),
				Scope.all());

		EarlyRaiseProposals.Proposal p = proposals.list(t.a().id(), 2025, Scope.of(t.province().id()));
		Map<String, Long> lacking = p.candidates()
			.stream()
			.collect(Collectors.toMap(EarlyRaiseProposals.Candidate::fullName,
					EarlyRaiseProposals.Candidate::monthsLacking));
		assertThat(lacking).containsOnly(Map.entry("Lý Văn Sáu", 6L), Map.entry("Lý Văn Biên", 12L),
				Map.entry("Lý Văn Một", 1L), Map.entry("Lý Văn Hủy", 6L));
		assertThat(p.candidates()).filteredOn(c -> c.fullName().equals("Lý Văn Sáu")).singleElement().satisfies(c -> {
			assertThat(c.regularDue()).isEqualTo(LocalDate.of(2026, 6, 1));
			assertThat(c.awardName()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
			assertThat(c.step()).isEqualTo(3);
		});
		// ten persons on the payroll of the unit: 10% → one early raise at most
		assertThat(p.units()).singleElement().satisfies(u -> {
			assertThat(u.headcount()).isEqualTo(10);
			assertThat(u.pct()).isEqualTo(10);
			assertThat(u.allowed()).isEqualTo(1);
			assertThat(u.candidates()).isEqualTo(4);
			assertThat(u.over()).isEqualTo(3);
		});
		// the whole province lists the same persons; another commune is out of the scope
		assertThat(proposals.list(t.province().id(), 2025, Scope.all()).candidates()).hasSize(4);
		assertThatThrownBy(() -> proposals.list(t.a().id(), 2025, Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
	}

}
