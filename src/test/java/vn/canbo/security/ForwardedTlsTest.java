package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, point 14: behind a TLS proxy that sends {@code X-Forwarded-Proto: https},
 * with {@code CANBO_FORWARD_HEADERS_STRATEGY=native}, the session cookie is
 * {@code Secure} and HSTS is sent; over plain http neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "CANBO_FORWARD_HEADERS_STRATEGY=native")
class ForwardedTlsTest {

	@LocalServerPort
	int port;

	HttpResponse<String> loginPage(String proto) throws Exception {
		HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
		if (proto != null) {
			r.header("X-Forwarded-Proto", proto);
		}
		return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
	}

	static List<String> sessionCookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
	}

	@Test
	void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> tls = loginPage("https");
		assertThat(tls.statusCode()).isEqualTo(200);
		assertThat(sessionCookies(tls)).singleElement().satisfies(c -> {
			assertThat(c).containsIgnoringCase("; Secure");
			assertThat(c).containsIgnoringCase("HttpOnly");
		});
		assertThat(tls.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));

		HttpResponse<String> plain = loginPage(null);
		assertThat(sessionCookies(plain)).singleElement()
			.satisfies(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
