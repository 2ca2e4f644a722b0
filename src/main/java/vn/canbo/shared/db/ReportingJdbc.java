package vn.canbo.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only SQL for statistics and reports. With {@code CANBO_DB_REPLICA_URL} (a PostgreSQL streaming replica)
 * it reads from the replica, otherwise from the primary database. Report queries use only this, so that a
 * national installation can move them off the primary. Nothing written here: the connections are read-only.
 */
@Component
public class ReportingJdbc implements DisposableBean {

    private final JdbcClient jdbc;
    private final HikariDataSource replica;

    ReportingJdbc(DataSource primary,
                  @Value("${canbo.db.replica-url:}") String replicaUrl,
                  @Value("${canbo.db.replica-user:${spring.datasource.username:postgres}}") String user,
                  @Value("${canbo.db.replica-password:${spring.datasource.password:}}") String password) {
        if (replicaUrl == null || replicaUrl.isBlank()) {
            this.replica = null;
            this.jdbc = JdbcClient.create(primary);
        } else {
            HikariConfig cfg = new HikariConfig();
            cfg.setJdbcUrl(replicaUrl);
            cfg.setUsername(user);
            cfg.setPassword(password);
            cfg.setReadOnly(true);
            cfg.setPoolName("canbo-replica");
            cfg.setMaximumPoolSize(10);
            this.replica = new HikariDataSource(cfg);
            this.jdbc = JdbcClient.create(replica);
        }
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
