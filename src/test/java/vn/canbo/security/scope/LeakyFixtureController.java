package vn.canbo.security.scope;

import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * TEST FIXTURE ONLY, active with the profile {@code leaky-fixture}: an endpoint that
 * forgets the scope and returns any person by id. {@link LeakyEndpointTest} proves the
 * enumeration check reports it.
 */
@RestController
@Profile("leaky-fixture")
class LeakyFixtureController {

	private final JdbcClient jdbc;

	LeakyFixtureController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/leaky-fixture/persons/{id}")
	Map<String, Object> person(@PathVariable long id) {
		return jdbc.sql("select id, full_name, national_id from person where id = ?").param(id).query().singleRow();
	}

}
