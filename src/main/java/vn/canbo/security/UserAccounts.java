package vn.canbo.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creation and loading for login. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Transactional
    public long create(String username, String rawPassword, String fullName, Role role, Collection<Long> scopeUnitIds) {
        long id = jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role) values (?, ?, ?, ?) returning id""")
                .params(username, encoder.encode(rawPassword), fullName, role.name())
                .query(Long.class).single();
        for (Long unitId : scopeUnitIds) {
            jdbc.sql("insert into app_user_scope (user_id, unit_id) values (?, ?)").params(id, unitId).update();
        }
        return id;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() > 0;
    }

    public Optional<CanboUser> find(String username) {
        return jdbc.sql("select id, username, password_hash, full_name, role, enabled from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new CanboUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")), scopeOf(rs.getLong("id")),
                        rs.getBoolean("enabled")))
                .optional();
    }

    private Set<Long> scopeOf(long userId) {
        return new HashSet<>(jdbc.sql("select unit_id from app_user_scope where user_id = ?").param(userId).query(Long.class).list());
    }

    @Override
    public CanboUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
