package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Throttling: 5 failures for a user name (or 20 from an address) in 15 minutes lock
 * logins for 15 minutes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTest {

	static final String PASSWORD = "dung-mat-khau-1";

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

	static String newIp() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
	}

	static RequestPostProcessor from(String ip) {
		return req -> {
			req.setRemoteAddr(ip);
			return req;
		};
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username,
			String password, String ip) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(ip));
	}

	String user() {
		String username = "t" + UUID.randomUUID().toString().substring(0, 8);
		users.create(username, PASSWORD, "Người thử", Role.AUDITOR, List.of());
		return username;
	}

	@Test
	void sixthAttemptIsRefusedEvenWithTheRightPasswordThenTheLockExpires() throws Exception {
		String username = user();
		String ip = newIp();
		for (int i = 0; i < 5; i++) {
			mvc.perform(login(username, "sai-" + i, ip))
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated());
		}
		mvc.perform(login(username, PASSWORD, ip))
			.andExpect(redirectedUrl("/login?error=locked"))
			.andExpect(unauthenticated());
		// the same over HTTP Basic, from another address, with a Vietnamese message
		mvc.perform(get("/api/v1/audit").with(httpBasic(username, PASSWORD)).with(from(newIp())))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail").value(containsString("Đăng nhập sai quá nhiều lần")));
		// the login page says so
		mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(containsString("Tài khoản tạm thời bị khóa")));

		// 16 minutes later the lock and the window are over
		throttle.clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
		mvc.perform(login(username, PASSWORD, ip))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username));
		// a success forgets earlier failures: four more failures do not lock
		for (int i = 0; i < 4; i++) {
			mvc.perform(login(username, "sai", ip)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(login(username, PASSWORD, ip)).andExpect(authenticated());

		assertThat(jdbc.sql("select count(*) from audit_event where username = ? and action = 'LOGIN_FAILED'")
			.param(username)
			.query(Long.class)
			.single()).isEqualTo(11);
		assertThat(jdbc.sql("select count(*) from audit_event where username = ? and action = 'LOGIN'")
			.param(username)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select ip from audit_event where username = ? and action = 'LOGIN' order by id limit 1")
			.param(username)
			.query(String.class)
			.single()).isEqualTo(ip);
	}

	@Test
	void twentyFailuresFromOneAddressLockThatAddress() throws Exception {
		String ip = newIp();
		for (int i = 0; i < 20; i++) {
			mvc.perform(login("nobody-" + i + "-" + UUID.randomUUID(), "x", ip))
				.andExpect(redirectedUrl("/login?error"));
		}
		String username = user();
		mvc.perform(login(username, PASSWORD, ip)).andExpect(redirectedUrl("/login?error=locked"));
		// another address is not affected
		mvc.perform(login(username, PASSWORD, newIp())).andExpect(authenticated());
	}

	@Test
	void httpBasicFailuresCountToo() throws Exception {
		String username = user();
		String ip = newIp();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/audit").with(httpBasic(username, "sai")).with(from(ip)))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.title").value("Chưa xác thực"));
		}
		mvc.perform(get("/api/v1/audit").with(httpBasic(username, PASSWORD)).with(from(ip)))
			.andExpect(status().isTooManyRequests());
		throttle.clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
		mvc.perform(get("/api/v1/audit").with(httpBasic(username, PASSWORD)).with(from(ip))).andExpect(status().isOk());
	}

}
