package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static vn.canbo.security.LoginThrottleTest.from;
import static vn.canbo.security.LoginThrottleTest.login;
import static vn.canbo.security.LoginThrottleTest.newIp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, point 11: attempts are counted atomically (a race admits at most the limit),
 * the delay grows instead of a hard lock, and throttled attempts do not write one audit
 * row each.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleRaceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		throttle.clock(Clock.systemUTC());
	}

	String user() {
		String username = "r" + UUID.randomUUID().toString().substring(0, 8);
		users.create(username, LoginThrottleTest.PASSWORD, "Người thử", Role.AUDITOR, List.of());
		return username;
	}

	long audit(String username, String reason) {
		return jdbc
			.sql("select count(*) from audit_event where username = ? and action = 'LOGIN_FAILED' "
					+ "and after ->> 'reason' = ?")
			.params(username, reason)
			.query(Long.class)
			.single();
	}

	void at(Instant t) {
		throttle.clock(Clock.fixed(t, java.time.ZoneOffset.UTC));
	}

	@Test
	void twelveParallelWrongBasicLoginsAdmitAtMostTheLimit() throws Exception {
		String username = user();
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Callable<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			calls.add(() -> mvc.perform(get("/api/v1/audit").with(httpBasic(username, "sai")).with(from(newIp())))
				.andReturn()
				.getResponse()
				.getStatus());
		}
		List<Integer> statuses = new ArrayList<>();
		try {
			for (Future<Integer> f : pool.invokeAll(calls)) {
				statuses.add(f.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(statuses.stream().filter(s -> s == 401).count()).isEqualTo(5);
		assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(7);
		assertThat(audit(username, "BadCredentialsException")).isEqualTo(5);
	}

	@Test
	void theDelayGrowsAndTheRightPasswordWorksAfterIt() throws Exception {
		String username = user();
		String ip = newIp();
		Instant t0 = Instant.now();
		at(t0);
		for (int i = 0; i < 5; i++) {
			mvc.perform(login(username, "sai", ip)).andExpect(redirectedUrl("/login?error"));
		}
		// 1 minute after the fifth failure
		at(t0.plusSeconds(59));
		mvc.perform(login(username, LoginThrottleTest.PASSWORD, ip)).andExpect(redirectedUrl("/login?error=locked"));
		at(t0.plusSeconds(61));
		mvc.perform(login(username, "sai", ip)).andExpect(redirectedUrl("/login?error"));
		// then 2 minutes after the sixth
		at(t0.plusSeconds(61 + 119));
		mvc.perform(login(username, LoginThrottleTest.PASSWORD, ip)).andExpect(redirectedUrl("/login?error=locked"));
		at(t0.plusSeconds(61 + 121));
		mvc.perform(login(username, LoginThrottleTest.PASSWORD, ip))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void theDelayIsCapped() throws Exception {
		String username = user();
		Instant t = Instant.now();
		// 12 failures spaced by the cap: the delay never exceeds 15 minutes
		for (int i = 0; i < 12; i++) {
			at(t);
			mvc.perform(login(username, "sai", newIp())).andExpect(redirectedUrl("/login?error"));
			t = t.plus(Duration.ofMinutes(15)).plusSeconds(1);
		}
		at(t);
		mvc.perform(login(username, LoginThrottleTest.PASSWORD, newIp())).andExpect(authenticated());
	}

	@Test
	void throttledAttemptsWriteOneAuditRowPerAddressAndPeriod() throws Exception {
		String username = user();
		String ip = newIp();
		Instant t0 = Instant.now();
		at(t0);
		for (int i = 0; i < 5; i++) {
			mvc.perform(login(username, "sai", ip)).andExpect(redirectedUrl("/login?error"));
		}
		for (int i = 0; i < 10; i++) {
			mvc.perform(login(username, "sai", ip)).andExpect(redirectedUrl("/login?error=locked"));
		}
		assertThat(audit(username, "throttled")).isEqualTo(1);
		at(t0.plusSeconds(61));
		mvc.perform(login(username, LoginThrottleTest.PASSWORD, ip)).andExpect(authenticated());
		assertThat(jdbc.sql(
				"select after ->> 'throttledAttemptsNotLogged' from audit_event where username = ? and action = 'LOGIN'")
			.param(username)
			.query(String.class)
			.single()).isEqualTo("9");
	}

	@Test
	void failuresOfManyAccountsFromOneAddressDelayOnlyThatAddressAndBriefly() throws Exception {
		String ip = newIp();
		Instant t0 = Instant.now();
		at(t0);
		for (int i = 0; i < 20; i++) {
			mvc.perform(login("nobody-" + i + "-" + UUID.randomUUID(), "x", ip))
				.andExpect(redirectedUrl("/login?error"));
		}
		String username = user();
		mvc.perform(login(username, LoginThrottleTest.PASSWORD, ip)).andExpect(redirectedUrl("/login?error=locked"));
		at(t0.plusSeconds(61));
		mvc.perform(login(username, LoginThrottleTest.PASSWORD, ip)).andExpect(authenticated());
	}

}
