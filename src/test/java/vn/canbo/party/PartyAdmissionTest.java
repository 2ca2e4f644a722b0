package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The admission pipeline at every boundary, on PostgreSQL with the rule parameters and
 * the holiday calendar: age 18 and 60 counted by month at the chi bộ's consideration
 * (over 60 only with the recorded exception), education and the awareness class
 * certificate; the ceremony within 30 working days across weekends and the 2/9 holidays
 * (PM-01, later only with consent); probation month-exact (PM-02, 31/1 and 29/2);
 * recognition not before its end and official from it even when late (PM-03, PM-04);
 * party age (PM-06); refused requests store nothing; scope and audit.
 */
@SpringBootTest
class PartyAdmissionTest {

	@Autowired
	PartyFixture fx;

	@Autowired
	Admissions admissions;

	@Autowired
	PartyMembers members;

	@Autowired
	Probations probations;

	@Autowired
	JdbcClient jdbc;

	static final LocalDate D = LocalDate.of(2024, 1, 2);

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	Candidate.Decision decision(LocalDate on) {
		return new Candidate.Decision("QĐ-" + on, on, "Đảng ủy xã Hòa An", null, null);
	}

	@Test
	void ageIsCountedByMonthAt18() {
		PartyFixture.Tree t = fx.tree();
		// born 15/6/2008: 17 years 11 months on 31/5/2026, 18 years 0 months on 1/6/2026
		Candidate young = fx.candidate("Hoàng Thị Trẻ", LocalDate.of(2008, 6, 15), t.cellA().id(), D,
				LocalDate.of(2026, 5, 31));
		long before = count("party_member");
		assertThatThrownBy(() -> admissions.admit(young.id(), decision(LocalDate.of(2026, 6, 2)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).singleElement()
						.satisfies(x -> assertThat(x.message()).contains("PM-AGE: chưa đủ 18 tuổi")
							.contains("17 tuổi 11 tháng")
							.contains("31/05/2026")
							.contains("Quy định 294-QĐ/TW")));
		assertThat(count("party_member")).isEqualTo(before);
		Candidate ok = fx.candidate("Hoàng Thị Đủ", LocalDate.of(2008, 6, 15), t.cellA().id(), D,
				LocalDate.of(2026, 6, 1));
		assertThat(admissions.check(ok.id(), Scope.all())).allMatch(Candidate.RuleOutcome::passed);
		PartyMember m = admissions.admit(ok.id(), decision(LocalDate.of(2026, 6, 2)), Scope.all());
		assertThat(m.status()).isEqualTo(MemberStatus.PROBATIONARY);
		assertThat(m.currentOrgId()).isEqualTo(t.cellA().id());
		assertThat(m.admissionDecidedOn()).isEqualTo(LocalDate.of(2026, 6, 2));
		assertThat(admissions.get(ok.id(), Scope.all()).memberId()).isEqualTo(m.id());
	}

	@Test
	void over60ByMonthNeedsTheRecordedException() {
		PartyFixture.Tree t = fx.tree();
		// born 20/5/1966: 60 years 0 months through May 2026, over 60 from 1/6/2026
		Candidate sixty = fx.candidate("Trịnh Văn Sáu", LocalDate.of(1966, 5, 20), t.cellA().id(), D,
				LocalDate.of(2026, 5, 31));
		assertThat(admissions.admit(sixty.id(), decision(LocalDate.of(2026, 6, 3)), Scope.all()).status())
			.isEqualTo(MemberStatus.PROBATIONARY);
		Candidate over = fx.candidate("Trịnh Văn Bảy", LocalDate.of(1966, 5, 20), t.cellA().id(), D,
				LocalDate.of(2026, 6, 1));
		assertThatThrownBy(() -> admissions.admit(over.id(), decision(LocalDate.of(2026, 6, 3)), Scope.all()))
			.hasMessageContaining("PM-AGE: trên 60 tuổi")
			.hasMessageContaining("60 tuổi 1 tháng");
		PartyMember m = admissions.admit(over.id(), new Candidate.Decision("QĐ-7", LocalDate.of(2026, 6, 3),
				"Đảng ủy xã", "Quyết định 12-QĐ/TU của Ban Thường vụ Tỉnh ủy", null), Scope.all());
		assertThat(admissions.get(over.id(), Scope.all()).overAgeException()).contains("12-QĐ/TU");
		assertThat(m.status()).isEqualTo(MemberStatus.PROBATIONARY);
	}

	@Test
	void educationCertificateAndStepsAreCheckedTogether() {
		PartyFixture.Tree t = fx.tree();
		Candidate c = admissions.register(new Candidate.Input(t.cellA().id(), null, null, "Lý Văn Núi", "MALE",
				LocalDate.of(1990, 1, 1), "01", null, "TIEU_HOC", null, null, PlaceKind.RESIDENTIAL, D), Scope.all());
		admissions.recordStep(c.id(), new Candidate.Step(DossierStep.CELL_RESOLUTION, LocalDate.of(2026, 3, 2), null),
				Scope.all());
		long before = count("party_member");
		assertThatThrownBy(() -> admissions.admit(c.id(), decision(LocalDate.of(2026, 3, 10)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field())
				.containsExactlyInAnyOrder("steps", "steps", "steps", "steps", "steps", "PM-EDU", "PM-CLASS"));
		assertThat(count("party_member")).isEqualTo(before);
		// an expired certificate: 60 months (parameter, [U]) from 1/1/2021 end on
		// 1/1/2026
		admissions.recordClass(c.id(), new Candidate.ClassCertificate("GCN-1", LocalDate.of(2021, 1, 1), "TTCT"),
				Scope.all());
		assertThat(admissions.check(c.id(), Scope.all())).filteredOn(o -> o.rule().equals("PM-CLASS"))
			.singleElement()
			.satisfies(o -> assertThat(o.message()).contains("chỉ có giá trị 60 tháng (đến 01/01/2026)"));
		assertThatThrownBy(() -> admissions.recordStep(c.id(),
				new Candidate.Step(DossierStep.CELL_RESOLUTION, LocalDate.of(2026, 3, 3), null), Scope.all()))
			.hasMessageContaining("đã ghi ngày 02/03/2026");
		// scope: commune B's officer does not find A's candidate
		assertThatThrownBy(() -> admissions.get(c.id(), Scope.of(t.b().id()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> admissions.admit(c.id(), decision(LocalDate.of(2026, 3, 10)), Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
		// the listed-area exception admits below THCS once the rest is in order
		Candidate d = fx.candidate("Lý Thị Bản", LocalDate.of(1995, 1, 1), t.cellA().id(), D, LocalDate.of(2025, 1, 2));
		jdbc.sql("update party_candidate set general_education_code = 'TIEU_HOC' where id = ?").param(d.id()).update();
		assertThatThrownBy(() -> admissions.admit(d.id(), decision(LocalDate.of(2025, 1, 3)), Scope.all()))
			.hasMessageContaining("PM-EDU");
		PartyMember m = admissions.admit(d.id(), new Candidate.Decision("QĐ-9", LocalDate.of(2025, 1, 3), "Đảng ủy",
				null, "Xã vùng cao đặc biệt khó khăn (danh sách của Ban Bí thư)"), Scope.all());
		assertThat(m.status()).isEqualTo(MemberStatus.PROBATIONARY);
	}

	@Test
	void ceremonyWithin30WorkingDaysAcrossWeekendsAndTheNationalDayHolidays() {
		PartyFixture.Tree t = fx.tree();
		// decision Thursday 20/8/2026; 2/9 (Wed) and 3/9 (Thu) are holidays: the 30th
		// working day is Monday 5/10/2026 (weekdays only it would be 1/10)
		PartyMember m = admit(t, "Đỗ Văn Lễ", LocalDate.of(2026, 8, 20));
		var board = admissions.board(Scope.of(t.a().id()), LocalDate.of(2026, 10, 5));
		assertThat(board).filteredOn(i -> m.id() == (i.memberId() == null ? -1 : i.memberId()))
			.singleElement()
			.satisfies(i -> {
				assertThat(i.kind()).isEqualTo("CEREMONY_DUE");
				assertThat(i.due()).isEqualTo(LocalDate.of(2026, 10, 5));
				assertThat(i.overdue()).isFalse();
			});
		assertThat(admissions.board(Scope.of(t.a().id()), LocalDate.of(2026, 10, 6)))
			.filteredOn(i -> m.id() == (i.memberId() == null ? -1 : i.memberId()))
			.singleElement()
			.satisfies(i -> assertThat(i.overdue()).isTrue());
		assertThatThrownBy(
				() -> probations.ceremony(m.id(), new Candidate.Ceremony(LocalDate.of(2026, 10, 6), " "), Scope.all()))
			.hasMessageContaining("PM-01")
			.hasMessageContaining("hạn 05/10/2026");
		assertThat(members.read(m.id(), LocalDate.now()).joinedOn()).isNull();
		PartyMember onTime = probations.ceremony(m.id(), new Candidate.Ceremony(LocalDate.of(2026, 10, 5), null),
				Scope.all());
		assertThat(onTime.joinedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
		assertThat(onTime.lateCeremonyConsent()).isNull();
		assertThat(onTime.probationEndsOn()).isEqualTo(LocalDate.of(2027, 10, 5));
		PartyMember late = admit(t, "Đỗ Văn Muộn", LocalDate.of(2026, 8, 20));
		PartyMember consented = probations.ceremony(late.id(),
				new Candidate.Ceremony(LocalDate.of(2026, 10, 6), "Công văn 5-CV/ĐU của Đảng ủy xã đồng ý"),
				Scope.all());
		assertThat(consented.lateCeremonyConsent()).contains("5-CV/ĐU");
	}

	@Test
	void probationIsTwelveMonthsToTheDayAndRecognitionDatesFromItsEnd() {
		PartyFixture.Tree t = fx.tree();
		PartyMember m = admit(t, "Mai Thị Dự", LocalDate.of(2025, 1, 20));
		probations.ceremony(m.id(), new Candidate.Ceremony(LocalDate.of(2025, 1, 31), null), Scope.all());
		assertThat(members.read(m.id(), LocalDate.now()).probationEndsOn()).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThatThrownBy(() -> probations.recognise(m.id(),
				new Candidate.Recognition(LocalDate.of(2026, 1, 30), "QĐ-CT", LocalDate.of(2026, 2, 5)), Scope.all()))
			.hasMessageContaining("PM-02")
			.hasMessageContaining("từ ngày 31/01/2026");
		assertThat(members.read(m.id(), LocalDate.now()).status()).isEqualTo(MemberStatus.PROBATIONARY);
		// proposed late (after the 30 working days), decided in June: official from
		// 31/1/2026
		PartyMember official = probations.recognise(m.id(),
				new Candidate.Recognition(LocalDate.of(2026, 5, 4), "QĐ-CT-1", LocalDate.of(2026, 6, 1)), Scope.all());
		assertThat(official.officialOn()).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(official.statuses().get(1).validFrom()).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(official.statuses().get(1).note()).contains("PM-03");
		assertThat(members.read(m.id(), LocalDate.of(2026, 1, 30)).status()).isEqualTo(MemberStatus.PROBATIONARY);
		assertThat(members.read(m.id(), LocalDate.of(2026, 1, 31)).status()).isEqualTo(MemberStatus.OFFICIAL);
		// PM-06: party age counts from the admission decision (20/1/2025)
		assertThat(members.read(m.id(), LocalDate.of(2026, 1, 20)).partyAgeYears()).isEqualTo(1);
		assertThat(members.read(m.id(), LocalDate.of(2026, 1, 19)).partyAgeYears()).isZero();
		// a leap day: 29/2/2024 + 12 months = 28/2/2025
		PartyMember leap = admit(t, "Mai Văn Nhuận", LocalDate.of(2024, 2, 20));
		probations.ceremony(leap.id(), new Candidate.Ceremony(LocalDate.of(2024, 2, 29), null), Scope.all());
		assertThat(members.read(leap.id(), LocalDate.now()).probationEndsOn()).isEqualTo(LocalDate.of(2025, 2, 28));
		// on time: no note
		PartyMember onTime = probations.recognise(leap.id(),
				new Candidate.Recognition(LocalDate.of(2025, 2, 28), "QĐ-CT-2", LocalDate.of(2025, 3, 10)),
				Scope.all());
		assertThat(onTime.statuses().get(1).note()).isNull();
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'party_member' and entity_id = ?")
			.param(String.valueOf(m.id()))
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void theBoardShowsProbationsAndOverdueRecognitions() {
		PartyFixture.Tree t = fx.tree();
		PartyMember m = admit(t, "Cao Văn Hạn", LocalDate.of(2025, 1, 20));
		probations.ceremony(m.id(), new Candidate.Ceremony(LocalDate.of(2025, 2, 3), null), Scope.all());
		var item = admissions.board(Scope.of(t.a().id()), LocalDate.of(2026, 2, 3))
			.stream()
			.filter(i -> i.memberId() != null && i.memberId() == m.id())
			.findFirst()
			.orElseThrow();
		assertThat(item.kind()).isEqualTo("PROBATION_ENDING");
		// end 3/2/2026; 30 working days after it, across the Tết 2026 holidays
		assertThat(item.due()).isAfter(LocalDate.of(2026, 3, 17));
		var overdue = admissions.board(Scope.of(t.a().id()), item.due().plusDays(1))
			.stream()
			.filter(i -> i.memberId() != null && i.memberId() == m.id())
			.findFirst()
			.orElseThrow();
		assertThat(overdue.kind()).isEqualTo("RECOGNITION_OVERDUE");
		assertThat(admissions.board(Scope.of(t.b().id()), LocalDate.of(2026, 2, 3)))
			.noneMatch(i -> i.memberId() != null && i.memberId() == m.id());
	}

	private PartyMember admit(PartyFixture.Tree t, String name, LocalDate decided) {
		Candidate c = fx.candidate(name, LocalDate.of(1995, 4, 4), t.cellA().id(), D, decided.minusDays(5));
		return admissions.admit(c.id(), decision(decided), Scope.all());
	}

}
