package vn.canbo.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only SQL for statistics and reports. With {@code CANBO_DB_REPLICA_URL} (a
 * PostgreSQL streaming replica) it reads from the replica, otherwise from the primary
 * database. Report queries use only this, so that a national installation can move them
 * off the primary. Nothing written here: the connections are read-only.
 */
@Component
public class ReportingJdbc implements DisposableBean {

	private final JdbcClient jdbc;

	private final HikariDataSource replica;

	private final TransactionTemplate readOnly;

	ReportingJdbc(DataSource primary, ReplicaSettings settings) {
		String replicaUrl = settings.replicaUrl();
		DataSource used;
		if (replicaUrl == null || replicaUrl.isBlank()) {
			this.replica = null;
			used = primary;
		}
		else {
			HikariConfig cfg = new HikariConfig();
			cfg.setJdbcUrl(replicaUrl);
			cfg.setUsername(settings.replicaUser());
			cfg.setPassword(settings.replicaPassword());
			cfg.setReadOnly(true);
			cfg.setPoolName("canbo-replica");
			cfg.setMaximumPoolSize(10);
			this.replica = new HikariDataSource(cfg);
			used = replica;
		}
		this.jdbc = JdbcClient.create(used);
		this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(used));
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Runs one aggregate over a whole population with the planner told to hash rather
	 * than sort (set for this transaction only): its row estimates multiply through the
	 * joins and group keys of a report (millions of groups expected where there are
	 * thousands), and it would otherwise sort a million rows to group them.
	 */
	public <T> T hashing(java.util.function.Function<JdbcClient, T> query) {
		return readOnly.execute(status -> {
			// one round trip: read the settings as they are, then disfavour sorts and
			// merge joins, and plan with the
			// values given (a statement run again is otherwise planned once for any
			// values: no hashed "= any(…)")
			List<String> before = jdbc.sql("select current_setting('enable_sort'), current_setting('enable_mergejoin'),"
					+ " current_setting('plan_cache_mode'), set_config('enable_sort', 'off', true),"
					+ " set_config('enable_mergejoin', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)")
				.query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
				.single();
			try {
				return query.apply(jdbc);
			}
			finally {
				// when joining a caller's transaction, leave its settings as they were
				jdbc.sql("select set_config('enable_sort', ?, true), set_config('enable_mergejoin', ?, true),"
						+ " set_config('plan_cache_mode', ?, true)")
					.params(before.get(0), before.get(1), before.get(2))
					.query()
					.listOfRows();
			}
		});
	}

	public JdbcClient client() {
		return jdbc;
	}

	public boolean onReplica() {
		return replica != null;
	}

	@Override
	public void destroy() {
		if (replica != null) {
			replica.close();
		}
	}

}
