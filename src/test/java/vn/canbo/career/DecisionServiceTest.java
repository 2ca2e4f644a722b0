package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Decisions: issue applies effects, revocation undoes them, back-dated history, batch
 * all-or-nothing, rules, scope.
 */
@SpringBootTest
@Transactional
class DecisionServiceTest {

	@Autowired
	DecisionService decisions;

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	static final LocalDate D = LocalDate.of(2025, 3, 1);

	@Test
	void transferMovesTheMainPostAndRevocationUndoesIt() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Trần Văn Bình", t.a().id());
		Decision draft = decisions.create(CareerFixture.draft(DecisionType.TRANSFER, D,
				DecisionSubject.post(id, t.b().id(), "CHUYEN_VIEN", null)), Scope.all());
		assertThat(draft.status()).isEqualTo(DecisionStatus.DRAFT);
		assertThat(draft.subjects().get(0).titleText()).isEqualTo("Chuyên viên");
		assertThat(draft.subjects().get(0).homeUnitId()).isEqualTo(t.a().id());

		Decision issued = decisions.issue(draft.id(), null, Scope.all());
		assertThat(issued.status()).isEqualTo(DecisionStatus.ISSUED);
		assertThat(issued.effects()).extracting(Decision.EffectView::action).containsExactly("CLOSED", "CREATED");
		assertThat(people.get(id, D.minusDays(1), Scope.all()).mainPosition().unitId()).isEqualTo(t.a().id());
		PersonView after = people.get(id, D, Scope.all());
		assertThat(after.mainPosition().unitId()).isEqualTo(t.b().id());
		assertThat(after.mainPosition().decisionNumber()).isEqualTo(issued.number());

		// immutable once issued
		assertThatThrownBy(() -> decisions.update(issued.id(), issued.version(), issued.content(), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).field()).isEqualTo("status"));

		Decision revocation = decisions.revoke(issued.id(), new DecisionService.Revocation("TH-" + CareerFixture.key(),
				LocalDate.of(2026, 1, 10), "UBND tỉnh Thử", null, null, "Sai đối tượng"), Scope.all());
		assertThat(revocation.type()).isEqualTo(DecisionType.REVOCATION);
		assertThat(decisions.get(issued.id(), Scope.all()).status()).isEqualTo(DecisionStatus.REVOKED);
		assertThat(decisions.get(issued.id(), Scope.all()).revokedByDecisionId()).isEqualTo(revocation.id());
		PersonView undone = people.get(id, D, Scope.all());
		assertThat(undone.mainPosition().unitId()).isEqualTo(t.a().id());
		assertThat(undone.mainPosition().validTo()).isNull();
		assertThat(undone.positions()).hasSize(1);
		// audited
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'DECISION' and entity_id in (?, ?)")
			.params(String.valueOf(issued.id()), String.valueOf(revocation.id()))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	/**
	 * The database refuses changes to an issued decision (the last statement: it aborts
	 * the test transaction).
	 */
	@Test
	void issuedDecisionIsImmutableInTheDatabase() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Thân Văn Bảo", t.a().id());
		Decision issued = decisions
			.issue(decisions
				.create(CareerFixture.draft(DecisionType.TRANSFER, D,
						DecisionSubject.post(id, t.b().id(), "CHUYEN_VIEN", null)), Scope.all())
				.id(), null, Scope.all());
		assertThatThrownBy(
				() -> jdbc.sql("update career_decision set number = 'khác' where id = ?").param(issued.id()).update())
			.isInstanceOf(org.springframework.dao.DataAccessException.class)
			.hasMessageContaining("immutable");
	}

	@Test
	void subjectsOfAnIssuedDecisionAreImmutableInTheDatabase() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Thân Văn Cảnh", t.a().id());
		Decision issued = decisions
			.issue(decisions
				.create(CareerFixture.draft(DecisionType.TRANSFER, D,
						DecisionSubject.post(id, t.b().id(), "CHUYEN_VIEN", null)), Scope.all())
				.id(), null, Scope.all());
		assertThatThrownBy(
				() -> jdbc.sql("delete from career_decision_subject where decision_id = ?").param(issued.id()).update())
			.isInstanceOf(org.springframework.dao.DataAccessException.class)
			.hasMessageContaining("immutable");
	}

	/**
	 * An appointment effective 1/3/2024 recorded now closes the then-current post at
	 * 1/3/2024.
	 */
	@Test
	void backDatedAppointmentRewritesHistory() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Lê Thị Cúc", t.a().id());
		LocalDate back = LocalDate.of(2024, 3, 1);
		Decision d = decisions.issue(
				decisions.create(CareerFixture.draft(DecisionType.APPOINTMENT, back,
						DecisionSubject.post(id, t.a().id(), "PHO_CHU_TICH_UBND", null)), Scope.all())
					.id(),
				null, Scope.all());
		assertThat(people.get(id, LocalDate.of(2024, 2, 29), Scope.all()).mainPosition().titleCode())
			.isEqualTo("CHUYEN_VIEN");
		for (LocalDate asOf : List.of(back, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 1))) {
			Position p = people.get(id, asOf, Scope.all()).mainPosition();
			assertThat(p.titleCode()).isEqualTo("PHO_CHU_TICH_UBND");
			assertThat(p.termEnd()).isEqualTo(LocalDate.of(2029, 3, 1));
		}
		assertThat(d.effects()).hasSize(2);
	}

	/** One bad subject (a post already ended) → nothing is applied for anyone. */
	@Test
	void batchIsAllOrNothing() {
		CareerFixture.Tree t = fx.tree();
		long ok = fx.person("Phạm Văn Dũng", t.a().id());
		long bad = fx.person("Hoàng Văn Em", t.a().id());
		long badPos = people.get(bad, D, Scope.all()).mainPosition().id();
		people.endPosition(bad, badPos, LocalDate.of(2024, 1, 1), Scope.all());
		Decision draft = decisions.create(CareerFixture.draft(DecisionType.TRANSFER, D,
				DecisionSubject.post(ok, t.b().id(), "CHUYEN_VIEN", null)), Scope.all());
		// the second subject is added as a dismissal-type post reference that does not
		// hold on D: use a relief decision
		Decision relief = decisions.create(
				CareerFixture.draft(DecisionType.RELIEF, D,
						DecisionSubject.ofPosition(ok, people.get(ok, D, Scope.all()).mainPosition().id())),
				Scope.all());
		assertThat(relief.subjects()).hasSize(1);
		assertThatThrownBy(() -> decisions.create(CareerFixture.draft(DecisionType.RELIEF, D,
				DecisionSubject.ofPosition(ok, people.get(ok, D, Scope.all()).mainPosition().id()),
				DecisionSubject.ofPosition(bad, badPos)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
				.anyMatch(x -> x.field().equals("subjects[1].positionId") && x.message().contains("không còn giữ")));
		// a batch transfer where the second person's target unit does not exist yet on
		// the date: rejected as a whole
		var late = fx.units.create(new vn.canbo.org.UnitService.NewUnit("CL-" + CareerFixture.key(), "UBND mới", null,
				"UBND", vn.canbo.org.AdminLevel.COMMUNE, t.province().id(), LocalDate.of(2025, 6, 1)));
		long other = fx.person("Vũ Thị Gấm", t.a().id());
		assertThatThrownBy(() -> decisions.create(
				CareerFixture.draft(DecisionType.TRANSFER, D, DecisionSubject.post(ok, t.b().id(), "CHUYEN_VIEN", null),
						DecisionSubject.post(other, late.id(), "CHUYEN_VIEN", null)),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
				.anyMatch(x -> x.field().equals("subjects[1].unitId") && x.message().contains("không tồn tại")));
		// issue-time failure: the second person's post changes after drafting → nothing
		// applied to the first
		Decision batch = decisions.create(
				CareerFixture.draft(DecisionType.DISMISSAL, D,
						DecisionSubject.ofPosition(ok, people.get(ok, D, Scope.all()).mainPosition().id()),
						DecisionSubject.ofPosition(other, people.get(other, D, Scope.all()).mainPosition().id())),
				Scope.all());
		long otherPos = people.get(other, D, Scope.all()).mainPosition().id();
		people.endPosition(other, otherPos, LocalDate.of(2024, 6, 1), Scope.all());
		assertThatThrownBy(() -> decisions.issue(batch.id(), null, Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(people.get(ok, D, Scope.all()).mainPosition()).isNotNull();
		assertThat(people.get(ok, D, Scope.all()).mainPosition().validTo()).isNull();
		assertThat(draft.status()).isEqualTo(DecisionStatus.DRAFT);
	}

	@Test
	void badInputNamesTheFieldsInVietnamese() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Đỗ Văn Hải", t.a().id());
		DecisionDraft empty = new DecisionDraft(DecisionType.ROTATION, " ", LocalDate.now().plusDays(3), null, null, D,
				D.minusDays(1), null, null, null, List.of(DecisionSubject.post(id, t.b().id(), "CHUYEN_VIEN", null)));
		assertThatThrownBy(() -> decisions.create(empty, Scope.all())).isInstanceOfSatisfying(ValidationException.class,
				e -> assertThat(e.errors()).extracting(x -> x.field() + ": " + x.message())
					.contains("endOn: Ngày kết thúc phải sau ngày hiệu lực")
					.anyMatch(m -> m.startsWith("signedOn: Ngày ký không được sau")));
		// a draft may lack number, issuer and signing date; issuing needs them
		Decision incomplete = decisions.create(new DecisionDraft(DecisionType.ASSIGNMENT, null, null, null, null, D,
				null, null, null, null, List.of(DecisionSubject.post(id, t.a().id(), "CHUYEN_VIEN", null))),
				Scope.all());
		assertThatThrownBy(() -> decisions.issue(incomplete.id(), null, Scope.all())).isInstanceOfSatisfying(
				ValidationException.class,
				e -> assertThat(e.errors()).extracting(x -> x.field() + ": " + x.message())
					.contains("number: Số quyết định là bắt buộc", "issuer: Cơ quan ban hành là bắt buộc",
							"signedOn: Ngày ký là bắt buộc"));
		assertThatThrownBy(() -> decisions.create(
				CareerFixture.draft(DecisionType.TRANSFER, D, DecisionSubject.post(id, t.b().id(), "KHONG_CO", null)),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).field()).isEqualTo("subjects[0].titleCode"));
		assertThatThrownBy(() -> decisions.create(CareerFixture.draft(DecisionType.TRANSFER, D), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).isEqualTo("Quyết định phải có ít nhất một người"));
	}

	@Test
	void scopeHidesOtherUnits() {
		CareerFixture.Tree t = fx.tree();
		long inA = fx.person("Ngô Văn Khoa", t.a().id());
		long inB = fx.person("Bùi Thị Lan", t.b().id());
		Scope officerA = Scope.of(t.a().id());
		// a person of B, or a target unit in B: 404
		assertThatThrownBy(() -> decisions.create(CareerFixture.draft(DecisionType.TRANSFER, D,
				DecisionSubject.post(inB, t.a().id(), "CHUYEN_VIEN", null)), officerA))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> decisions.create(CareerFixture.draft(DecisionType.TRANSFER, D,
				DecisionSubject.post(inA, t.b().id(), "CHUYEN_VIEN", null)), officerA))
			.isInstanceOf(NotFoundException.class);
		Decision ofB = decisions.create(CareerFixture.draft(DecisionType.ASSIGNMENT, D,
				DecisionSubject.post(inB, t.b().id(), "CHUYEN_VIEN", null)), Scope.all());
		assertThatThrownBy(() -> decisions.get(ofB.id(), officerA)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> decisions.issue(ofB.id(), null, officerA)).isInstanceOf(NotFoundException.class);
		Decision ofA = decisions.create(CareerFixture.draft(DecisionType.ASSIGNMENT, D,
				DecisionSubject.post(inA, t.a().id(), "CHUYEN_VIEN", null)), officerA);
		assertThat(decisions.list(DecisionFilter.none(), officerA, 0, 50).items()).extracting(DecisionSummary::id)
			.contains(ofA.id())
			.doesNotContain(ofB.id());
	}

	/** APP-04 blocks; APP-08 warns and needs a justification, which is stored. */
	@Test
	void rulesBlockOrWarnWithJustification() {
		CareerFixture.Tree t = fx.tree();
		// man born 02/1965 (61y6m): on 1/9/2021 only 59 months left
		long old = fx.person("Mai Văn Minh", Gender.MALE, PartialDate.ofMonth(1965, 2), t.a().id(), 5,
				LocalDate.of(2020, 1, 1));
		Decision app = decisions.create(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2021, 9, 1),
				DecisionSubject.post(old, t.a().id(), "PHO_CHU_TICH_UBND", null)), Scope.all());
		List<RuleResult> r = decisions.check(app.id(), Scope.all());
		assertThat(r).anyMatch(x -> x.ruleId().equals("APP-04") && x.blocks());
		assertThatThrownBy(() -> decisions.issue(app.id(), "vẫn ban hành", Scope.all())).isInstanceOfSatisfying(
				ValidationException.class, e -> assertThat(e.errors()).anyMatch(x -> x.field().equals("rules")
						&& x.message().contains("APP-04") && x.message().contains("Kết luận 08-KL/TW")));
		// reference date 08/2021 (dossier received): eligible
		Decision ok = decisions.update(app.id(), decisions.get(app.id(), Scope.all()).version(),
				decisions.get(app.id(), Scope.all()).content().withReferenceOn(LocalDate.of(2021, 8, 1)), Scope.all());
		assertThat(decisions.check(ok.id(), Scope.all())).noneMatch(RuleResult::blocks);
		Decision issued = decisions.issue(ok.id(), null, Scope.all());
		long posId = people.get(old, LocalDate.of(2022, 1, 1), Scope.all()).mainPosition().id();

		// reappointment in 2026: retires 1/9/2026 → warn (extend to retirement instead)
		Decision re = decisions.create(CareerFixture.draft(DecisionType.REAPPOINTMENT, LocalDate.of(2025, 9, 1),
				DecisionSubject.ofPosition(old, posId)), Scope.all());
		assertThatThrownBy(() -> decisions.issue(re.id(), " ", Scope.all())).isInstanceOfSatisfying(
				ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("justification"));
		Decision done = decisions.issue(re.id(), "Theo đề nghị của Ban Thường vụ", Scope.all());
		assertThat(done.justification()).isEqualTo("Theo đề nghị của Ban Thường vụ");
		assertThat(done.checks()).anyMatch(RuleResult::warns);
		assertThat(people.get(old, LocalDate.of(2025, 9, 1), Scope.all()).mainPosition().termEnd())
			.isEqualTo(LocalDate.of(2030, 9, 1));
		assertThat(issued.status()).isEqualTo(DecisionStatus.ISSUED);
	}

	/**
	 * APP-09: a reprimand 20 months before blocks an appointment to a higher post; an
	 * equal post is not checked.
	 */
	@Test
	void disciplineWaitBlocksHigherPostOnly() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Lý Văn Nam", t.a().id());
		people.add(
				id, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH",
						LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 1), null, "UBND", "Vi phạm", "01/QĐ-KL"),
				Scope.all());
		Decision higher = decisions.create(CareerFixture.draft(DecisionType.PROMOTION, D,
				DecisionSubject.post(id, t.a().id(), "PHO_CHU_TICH_UBND", null)), Scope.all());
		assertThat(decisions.check(higher.id(), Scope.all())).anyMatch(x -> x.ruleId().equals("APP-09") && x.blocks());
		Decision equal = decisions.create(CareerFixture.draft(DecisionType.APPOINTMENT, D,
				DecisionSubject.post(id, t.a().id(), "CHUYEN_VIEN", null).withHigherPost(false)), Scope.all());
		assertThat(decisions.check(equal.id(), Scope.all())).isEmpty();
	}

	@Test
	void retirementEndsEveryPost() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Đinh Văn Phúc", Gender.MALE, PartialDate.ofMonth(1964, 10), t.a().id(), 9,
				LocalDate.of(2020, 1, 1));
		Decision d = decisions.create(
				CareerFixture.draft(DecisionType.RETIREMENT, LocalDate.of(2026, 5, 1), DecisionSubject.person(id)),
				Scope.all());
		assertThat(decisions.check(d.id(), Scope.all())).allMatch(RuleResult::passed);
		decisions.issue(d.id(), null, Scope.all());
		assertThat(people.get(id, LocalDate.of(2026, 4, 30), Scope.all()).mainPosition()).isNotNull();
		assertThat(people.get(id, LocalDate.of(2026, 5, 1), Scope.all()).currentPositions()).isEmpty();
	}

	/**
	 * Regular raise: due 36 months after the step; a khiển trách + 1 KHTNV year push it
	 * 12 months later.
	 */
	@Test
	void salaryStepsWithDelays() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Cao Văn Quý", t.a().id()); // 01.003 step 3 from 1/1/2020
		Decision early = decisions.create(CareerFixture.draft(DecisionType.SALARY_STEP_REGULAR,
				LocalDate.of(2022, 12, 1), DecisionSubject.salary(id, "01.003", 4)), Scope.all());
		assertThat(decisions.check(early.id(), Scope.all())).anyMatch(RuleResult::blocks);
		Decision onTime = decisions.create(CareerFixture.draft(DecisionType.SALARY_STEP_REGULAR,
				LocalDate.of(2023, 1, 1), DecisionSubject.salary(id, "01.003", 4)), Scope.all());
		assertThat(decisions.check(onTime.id(), Scope.all())).allMatch(RuleResult::passed);
		// with one KHTNV year and a reprimand during the period: 12 months later
		people.add(
				id, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH",
						LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 1), null, "UBND", "Vi phạm", "02/QĐ-KL"),
				Scope.all());
		Decision delayed = decisions.create(CareerFixture.draft(DecisionType.SALARY_STEP_REGULAR,
				LocalDate.of(2023, 12, 1), DecisionSubject.salary(id, "01.003", 4).withIncompleteYears(1)),
				Scope.all());
		assertThat(decisions.check(delayed.id(), Scope.all()))
			.anyMatch(x -> x.blocks() && x.message().contains("kéo dài 12 tháng"));
		Decision due = decisions.create(CareerFixture.draft(DecisionType.SALARY_STEP_REGULAR, LocalDate.of(2024, 1, 1),
				DecisionSubject.salary(id, "01.003", 4).withIncompleteYears(1)), Scope.all());
		decisions.issue(due.id(), null, Scope.all());
		var s = people.get(id, LocalDate.of(2024, 1, 1), Scope.all()).currentSalary();
		assertThat(s.step()).isEqualTo(4);
		assertThat(s.coefficient()).isEqualByComparingTo("3.33");
		assertThat(people.get(id, LocalDate.of(2023, 12, 31), Scope.all()).currentSalary().step()).isEqualTo(3);
	}

	@Test
	void scanAcceptsPdfPngJpegByContentOnly() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Tạ Văn Sơn", t.a().id());
		Decision d = decisions.create(CareerFixture.draft(DecisionType.ASSIGNMENT, D,
				DecisionSubject.post(id, t.a().id(), "CHUYEN_VIEN", null)), Scope.all());
		assertThatThrownBy(() -> decisions.attachScan(d.id(), "a.pdf", "hello".getBytes(), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("PDF, PNG hoặc JPEG"));
		assertThatThrownBy(
				() -> decisions.attachScan(d.id(), "a.pdf", new byte[DecisionService.MAX_SCAN_BYTES + 1], Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("10 MB"));
		Decision with = decisions.attachScan(d.id(), "qd.pdf", "%PDF-1.4 test".getBytes(), Scope.all());
		assertThat(with.scan().contentType()).isEqualTo("application/pdf");
		assertThat(decisions.scan(d.id(), Scope.all()).data()).startsWith("%PDF".getBytes());
		assertThat(DecisionService.contentType(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 }))
			.isEqualTo("image/jpeg");
	}

}
