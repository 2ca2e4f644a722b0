package vn.canbo.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Arrivals from another province (issue 18, party3) on PostgreSQL: the member created and
 * active in the receiving chi bộ from the presentation; the TR-03 deadline from the
 * letter's date (on the last day fine, the day after only with an explanation); a member
 * who moved out earlier linked by CCCD and back on the rolls; bad input all at once with
 * nothing stored; scope (404) and audit; the API and the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartyArrivalsTest {

	static final LocalDate INTRODUCED = LocalDate.of(2025, 3, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	PartyFixture fx;

	@Autowired
	Arrivals arrivals;

	@Autowired
	Transfers transfers;

	@Autowired
	JdbcClient jdbc;

	static String cccd() {
		return String.format("0%011d", ThreadLocalRandom.current().nextLong(1, 99_999_999_999L));
	}

	Arrival.Input input(long orgId, String nid, LocalDate presented, String late) {
		return new Arrival.Input(orgId, nid, "Trần Thị Đến", "FEMALE", LocalDate.of(1990, 5, 5),
				LocalDate.of(2015, 1, 10), LocalDate.of(2015, 2, 1), LocalDate.of(2016, 2, 1),
				"Chi bộ Thôn 2, Đảng bộ xã Nam Đàn, tỉnh Nghệ An", "125-GGT/HU", INTRODUCED, presented, late);
	}

	long membersOf(long orgId, Scope scope, LocalDate day) {
		return fx.orgs.get(orgId, scope, day).members();
	}

	@Test
	void theMemberIsCreatedActiveFromThePresentationWithinTr03() {
		PartyFixture.Tree t = fx.tree();
		Scope a = Scope.of(t.a().id());
		LocalDate deadline = transfers.presentationDeadline(INTRODUCED);
		assertThat(deadline).isAfter(INTRODUCED.plusDays(30));
		// the last day of TR-03: no explanation needed
		Arrival r = arrivals.record(input(t.cellA().id(), cccd(), deadline, null), a);
		assertThat(r.linked()).isFalse();
		assertThat(r.presentDeadline()).isEqualTo(deadline);
		assertThat(r.toOrgName()).isEqualTo(t.cellA().name());
		PartyMember m = fx.members.get(r.memberId(), a, deadline);
		assertThat(m.status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(m.activities()).singleElement().satisfies(x -> {
			assertThat(x.orgId()).isEqualTo(t.cellA().id());
			assertThat(x.validFrom()).isEqualTo(deadline);
		});
		assertThat(membersOf(t.cellA().id(), a, deadline.minusDays(1))).isZero();
		assertThat(membersOf(t.cellA().id(), a, deadline)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'party_arrival' and entity_id = ?")
			.param(String.valueOf(r.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
		// the day after: refused without an explanation (naming the rule), then recorded
		// with it
		assertThatThrownBy(() -> arrivals.record(input(t.cellA().id(), cccd(), deadline.plusDays(1), " "), a))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.errors()).extracting(FieldError::field).containsExactly("latePresentation");
				assertThat(e.errors().get(0).message()).startsWith("TR-03:").contains("Quy định");
			});
		Arrival late = arrivals.record(input(t.cellA().id(), cccd(), deadline.plusDays(1), "Ốm, nằm viện"), a);
		assertThat(late.latePresentation()).isEqualTo("Ốm, nằm viện");
		assertThat(arrivals.list(a)).extracting(Arrival::id).contains(r.id(), late.id());
		assertThat(arrivals.list(Scope.of(t.b().id()))).extracting(Arrival::id).doesNotContain(r.id());
	}

	@Test
	void aMemberWhoMovedOutEarlierIsLinkedByCccd() {
		PartyFixture.Tree t = fx.tree();
		String nid = cccd();
		Arrival first = arrivals.record(input(t.cellA().id(), nid, LocalDate.of(2025, 3, 10), null), Scope.all());
		// still active here: not an arrival
		assertThatThrownBy(() -> arrivals.record(input(t.cellB().id(), nid, LocalDate.of(2025, 11, 10), null),
				Scope.of(t.b().id())))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).field()).isEqualTo("nationalId"));
		fx.members.changeStatus(first.memberId(), new PartyMember.StatusChange(MemberStatus.TRANSFERRED_OUT,
				LocalDate.of(2025, 6, 1), "30-GGT", LocalDate.of(2025, 5, 28), "Chuyển đi tỉnh khác"), Scope.all());
		assertThatThrownBy(
				() -> arrivals.record(input(t.cellB().id(), nid, LocalDate.of(2025, 6, 1), null), Scope.of(t.b().id())))
			.isInstanceOf(ValidationException.class);
		// back: the same member, their papers kept (no name given), on the rolls again
		Arrival back = arrivals.record(new Arrival.Input(t.cellB().id(), nid, null, null, null, null, null, null,
				"Chi bộ Khối cơ quan, tỉnh Hà Tĩnh", "9-GGT", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 10),
				null), Scope.of(t.b().id()));
		assertThat(back.linked()).isTrue();
		assertThat(back.memberId()).isEqualTo(first.memberId());
		PartyMember m = fx.members.get(back.memberId(), Scope.all(), LocalDate.of(2025, 11, 10));
		assertThat(m.fullName()).isEqualTo("Trần Thị Đến");
		assertThat(m.status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(m.currentOrgId()).isEqualTo(t.cellB().id());
		assertThat(m.activities()).extracting(PartyMember.ActivityEntry::validFrom)
			.containsExactly(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 11, 10));
		assertThat(jdbc.sql("select count(*) from party_member where national_id = ?")
			.param(nid)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void badInputAllAtOnceNothingStoredScopeFirst() {
		PartyFixture.Tree t = fx.tree();
		long before = jdbc.sql("select count(*) from party_member").query(Long.class).single();
		assertThatThrownBy(() -> arrivals.record(new Arrival.Input(t.cellA().id(), "12ab", null, null, null, null, null,
				null, " ", null, LocalDate.now().plusDays(2), null, null), Scope.of(t.a().id())))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field)
						.containsExactlyInAnyOrder("nationalId", "fullName", "gender", "birthDate",
								"admissionDecidedOn", "fromExternal", "letterNumber", "introducedOn", "presentedOn"));
		// not a chi bộ; presented before the letter
		assertThatThrownBy(
				() -> arrivals.record(input(t.communeA().id(), cccd(), INTRODUCED.minusDays(1), null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactlyInAnyOrder("orgId", "presentedOn"));
		assertThatThrownBy(() -> arrivals.record(input(t.cellA().id(), cccd(), INTRODUCED, null), Scope.of(t.b().id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(jdbc.sql("select count(*) from party_member").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theApiAndThePage() throws Exception {
		PartyFixture.Tree t = fx.tree();
		var officer = TestUsers.officer(t.a().id());
		var created = mvc.perform(post("/api/v1/party/arrivals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"orgId\":" + t.cellA().id() + ",\"fullName\":\"Lê Văn API\",\"gender\":\"MALE\","
					+ "\"birthDate\":\"1988-01-01\",\"admissionDecidedOn\":\"2012-05-05\",\"fromExternal\":\"Chi bộ A, tỉnh B\","
					+ "\"letterNumber\":\"7-GGT\",\"introducedOn\":\"2025-03-03\",\"presentedOn\":\"2025-03-05\"}")
			.with(csrf())
			.with(officer)).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(201);
		assertThat(created.getContentAsString(StandardCharsets.UTF_8)).contains("Lê Văn API");
		var bad = mvc
			.perform(post("/party/arrivals").param("orgId", String.valueOf(t.cellA().id()))
				.param("fullName", "Người Trang")
				.with(csrf())
				.with(officer))
			.andReturn()
			.getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8)).select("[data-errors] div"))
			.hasSizeGreaterThanOrEqualTo(6);
		var ok = mvc
			.perform(post("/party/arrivals").param("orgId", String.valueOf(t.cellA().id()))
				.param("fullName", "Người Trang")
				.param("gender", "FEMALE")
				.param("birthDate", "02/02/1992")
				.param("admissionDecidedOn", "03/03/2018")
				.param("fromExternal", "Chi bộ C, tỉnh D")
				.param("letterNumber", "8-GGT")
				.param("introducedOn", "03/03/2025")
				.param("presentedOn", "10/03/2025")
				.with(csrf())
				.with(officer))
			.andReturn()
			.getResponse();
		assertThat(ok.getStatus()).isEqualTo(302);
		var page = Jsoup.parse(mvc.perform(get("/party/arrivals").with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("[data-arrivals]").text()).contains("Người Trang").contains("Lê Văn API");
		assertThat(page.text()).doesNotContain("??");
		assertThat(mvc
			.perform(post("/party/arrivals").param("orgId", String.valueOf(t.cellB().id())).with(csrf()).with(officer))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
