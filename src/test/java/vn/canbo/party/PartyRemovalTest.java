package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Removal (xóa tên) and expulsion (khai trừ) as proposals then decisions, re-admission
 * (kết nạp lại) with its conditions at their boundary (24 months, once, an expelled
 * member only with the competent decision) and the party age after it (time out
 * deducted), and the chi bộ's PM-05 votes (2/3 at its boundary, escalation after the
 * third failure), on PostgreSQL; refused requests store nothing; scope and audit.
 */
@SpringBootTest
class PartyRemovalTest {

	@Autowired
	PartyFixture fx;

	@Autowired
	PartyOldTree old;

	@Autowired
	Removals removals;

	@Autowired
	RecognitionVotes votes;

	@Autowired
	Probations probations;

	@Autowired
	Badges badges;

	@Autowired
	PartyMembers members;

	@Autowired
	JdbcClient jdbc;

	Removals.Proposal proposal(String kind, String ground, LocalDate on) {
		return new Removals.Proposal(kind, ground, on, "Nghị quyết 5-NQ/CB", "Bỏ sinh hoạt 4 tháng");
	}

	@Test
	void aProposalThenItsDecisionAndReAdmissionAfterTwentyFourMonths() {
		PartyFixture.Tree t = old.tree();
		Scope a = Scope.of(t.a().id());
		PartyMember m = fx.member("Cao Văn Bỏ", t.cellA().id(), LocalDate.of(1990, 3, 1), LocalDate.of(1990, 3, 20),
				LocalDate.of(1991, 3, 20));
		assertThatThrownBy(() -> removals.propose(m.id(), proposal("REMOVAL", "ABSENCE", LocalDate.of(2024, 1, 5)),
				Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
		// a decision without a proposal
		assertThatThrownBy(() -> removals.decide(m.id(),
				new Removals.Decision("APPROVED", "9-QĐ", LocalDate.of(2024, 2, 1), "Đảng ủy xã"), a))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).contains("memberId"));
		Removals.Entry p = removals.propose(m.id(), proposal("REMOVAL", "ABSENCE", LocalDate.of(2024, 1, 5)), a);
		assertThat(p.outcome()).isNull();
		// still on the rolls until the decision; a second proposal is refused
		assertThat(members.get(m.id(), a, null).status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThatThrownBy(() -> removals.propose(m.id(), proposal("REMOVAL", "ABSENCE", LocalDate.of(2024, 1, 6)), a))
			.isInstanceOf(ValidationException.class);
		removals.decide(m.id(), new Removals.Decision("APPROVED", "9-QĐ", LocalDate.of(2024, 2, 1), "Đảng ủy xã"), a);
		PartyMember removed = members.get(m.id(), a, null);
		assertThat(removed.status()).isEqualTo(MemberStatus.REMOVED);
		assertThat(removed.activities()).allSatisfy(x -> assertThat(x.validTo()).isEqualTo(LocalDate.of(2024, 2, 1)));
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'party_removal' and entity_id = ?")
			.param(String.valueOf(p.id()))
			.query(Long.class)
			.single()).isEqualTo(2);

		// re-admission: one day before 24 months is refused, with the other errors at
		// once
		long readmissions = jdbc.sql("select count(*) from party_readmission").query(Long.class).single();
		assertThatThrownBy(() -> removals.readmit(m.id(),
				new Removals.Readmission(t.cellA().id(), " ", LocalDate.of(2026, 1, 31), null, null), a))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.errors()).extracting(FieldError::field).contains("decidedOn", "decisionNumber");
				assertThat(e.errors().toString()).contains("01/02/2026", "24 tháng");
			});
		assertThat(jdbc.sql("select count(*) from party_readmission").query(Long.class).single())
			.isEqualTo(readmissions);
		PartyMember again = removals.readmit(m.id(),
				new Removals.Readmission(t.cellA().id(), "20-QĐ/ĐU", LocalDate.of(2026, 2, 1), "Đảng ủy xã", null), a);
		assertThat(again.status()).isEqualTo(MemberStatus.PROBATIONARY);
		assertThat(again.admissionDecidedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(again.joinedOn()).isNull();
		assertThat(again.officialOn()).isNull();
		assertThat(again.activities()).hasSize(2);
		// the ceremony and probation apply again (PM-02)
		PartyMember joined = probations.ceremony(m.id(), new Candidate.Ceremony(LocalDate.of(2026, 2, 10), null), a);
		assertThat(joined.probationEndsOn()).isEqualTo(LocalDate.of(2027, 2, 10));
		// the party age keeps the first admission (01/03/1990) with the 731 days out
		// deducted: counted from 01/03/1992, 30 years due on 01/03/2022
		assertThat(badges.dueOn(m.id(), 30)).isEqualTo(LocalDate.of(2022, 3, 1));
		// the record's party age deducts the same time out once official again
		jdbc.sql("update party_member set official_on = ? where id = ?")
			.params(LocalDate.of(2027, 2, 10), m.id())
			.update();
		assertThat(members.get(m.id(), a, LocalDate.of(2028, 3, 1)).partyAgeYears()).isEqualTo(36);
		assertThat(members.get(m.id(), a, LocalDate.of(2028, 2, 29)).partyAgeYears()).isEqualTo(35);
		// once only
		jdbc.sql("update party_member set official_on = null where id = ?").param(m.id()).update();
		removals.propose(m.id(), proposal("REMOVAL", "PROBATION_FAILED", LocalDate.of(2026, 3, 1)), a);
		removals.decide(m.id(), new Removals.Decision("APPROVED", "21-QĐ", LocalDate.of(2026, 3, 2), "Đảng ủy xã"), a);
		assertThatThrownBy(() -> removals.readmit(m.id(),
				new Removals.Readmission(t.cellA().id(), "22-QĐ/ĐU", LocalDate.of(2026, 11, 2), "Đảng ủy xã", null), a))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().toString()).contains("tối đa 1 lần"));
	}

	@Test
	void expulsionIsForOfficialMembersAndReAdmissionAfterItNeedsTheDecision() {
		PartyFixture.Tree t = old.tree();
		PartyMember probationary = fx.member("Mai Văn Dự", t.cellA().id(), LocalDate.of(2025, 3, 1), null, null);
		assertThatThrownBy(() -> removals.propose(probationary.id(),
				proposal("EXPULSION", "DISCIPLINE", LocalDate.of(2025, 6, 1)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("kind"));
		// a ground that does not fit the kind, a missing resolution: all at once
		assertThatThrownBy(() -> removals.propose(probationary.id(),
				new Removals.Proposal("REMOVAL", "DISCIPLINE", LocalDate.of(2025, 6, 1), " ", " "), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactly("ground", "proposedBy", "reason"));
		PartyMember m = fx.member("Mai Văn Khai", t.cellA().id(), LocalDate.of(2000, 3, 1), LocalDate.of(2000, 3, 20),
				LocalDate.of(2001, 3, 20));
		removals.propose(m.id(), proposal("EXPULSION", "DISCIPLINE", LocalDate.of(2023, 5, 1)), Scope.all());
		// rejected: nothing changes, a new proposal may follow
		removals.decide(m.id(), new Removals.Decision("REJECTED", "1-QĐ", LocalDate.of(2023, 5, 2), "UBKT"),
				Scope.all());
		assertThat(members.get(m.id(), Scope.all(), null).status()).isEqualTo(MemberStatus.OFFICIAL);
		removals.propose(m.id(), proposal("EXPULSION", "DISCIPLINE", LocalDate.of(2023, 6, 1)), Scope.all());
		removals.decide(m.id(), new Removals.Decision("APPROVED", "2-QĐ", LocalDate.of(2023, 6, 2), "UBKT"),
				Scope.all());
		assertThat(members.get(m.id(), Scope.all(), null).status()).isEqualTo(MemberStatus.EXPELLED);
		assertThatThrownBy(() -> removals.readmit(m.id(),
				new Removals.Readmission(t.cellA().id(), "3-QĐ", LocalDate.of(2025, 7, 1), "Đảng ủy", null),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("exception"));
		assertThat(removals
			.readmit(m.id(),
					new Removals.Readmission(t.cellA().id(), "3-QĐ", LocalDate.of(2025, 7, 1), "Đảng ủy",
							"Quyết định 15-QĐ/TU của Ban Thường vụ Tỉnh ủy"),
					Scope.all())
			.status()).isEqualTo(MemberStatus.PROBATIONARY);
	}

	@Test
	void votesReachTwoThirdsOrAreEscalatedAfterTheThirdFailure() {
		PartyFixture.Tree t = old.tree();
		PartyMember m = fx.member("Lưu Văn Biểu", t.cellA().id(), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 20),
				null);
		// before the end of probation: refused
		assertThatThrownBy(() -> votes.record(m.id(),
				new RecognitionVotes.Vote("RECOGNITION", LocalDate.of(2026, 1, 19), 9, 9, null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("20/01/2026"));
		// 5 of 9 fails, 6 of 9 is 2/3
		assertThat(votes
			.record(m.id(), new RecognitionVotes.Vote("RECOGNITION", LocalDate.of(2026, 1, 20), 9, 5, null),
					Scope.all())
			.passed()).isFalse();
		assertThat(votes
			.record(m.id(), new RecognitionVotes.Vote("REMOVAL", LocalDate.of(2026, 1, 20), 9, 6, null), Scope.all())
			.passed()).isTrue();
		votes.record(m.id(), new RecognitionVotes.Vote("RECOGNITION", LocalDate.of(2026, 1, 27), 9, 5, null),
				Scope.all());
		// the third failure must name the committee it goes to
		assertThatThrownBy(() -> votes.record(m.id(),
				new RecognitionVotes.Vote("RECOGNITION", LocalDate.of(2026, 2, 3), 9, 5, null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).contains("PM-05", "2/3"));
		RecognitionVotes.Entry third = votes.record(m.id(),
				new RecognitionVotes.Vote("RECOGNITION", LocalDate.of(2026, 2, 3), 9, 5, "Đảng ủy xã Hòa An"),
				Scope.all());
		assertThat(third.attempt()).isEqualTo(3);
		assertThat(third.escalatedTo()).isEqualTo("Đảng ủy xã Hòa An");
		assertThatThrownBy(() -> votes.record(m.id(),
				new RecognitionVotes.Vote("RECOGNITION", LocalDate.of(2026, 2, 10), 9, 9, null), Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(votes.of(m.id(), Scope.all())).hasSize(4);
		assertThat(RecognitionVotes.reaches(6, 9, "2/3")).isTrue();
		assertThat(RecognitionVotes.reaches(5, 8, "2/3")).isFalse();
		assertThat(RecognitionVotes.reaches(6, 8, "2/3")).isTrue();
	}

}
