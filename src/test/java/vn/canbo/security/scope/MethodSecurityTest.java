package vn.canbo.security.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.canbo.security.Permission;
import vn.canbo.security.Role;

/**
 * Issue 12, point 5: "permissions on a method never widen a class's". Spring Security
 * takes a method's {@code @PreAuthorize} INSTEAD of its class's, so a method-level
 * {@code hasAuthority('PERSON_READ')} in a class guarded by {@code REPORT_READ} let the
 * clerk (no reports) reach the report drill-down. For every handler method of every
 * request mapping of the running application whose class and method both carry
 * {@code @PreAuthorize}, this test evaluates both expressions for every combination of
 * permissions (and of the ROLE_ authorities): whenever the method's grants, the class's
 * must grant too. {@link #theCheckCatchesAWideningMethod()} shows it failing.
 */
@SpringBootTest
class MethodSecurityTest {

	private static final SpelExpressionParser PARSER = new SpelExpressionParser();

	@Autowired
	ApplicationContext context;

	@Test
	void noHandlerMethodGrantsWhatItsClassDenies() {
		List<String> widening = new ArrayList<>();
		int checked = 0;
		for (RequestMappingHandlerMapping m : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			for (HandlerMethod h : m.getHandlerMethods().values()) {
				String w = widening(h.getBeanType(), h.getMethod());
				if (w != null) {
					widening.add(w);
				}
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(60);
		assertThat(widening).isEmpty();
	}

	@Test
	void theCheckCatchesAWideningMethod() throws Exception {
		assertThat(widening(Widening.class, Widening.class.getDeclaredMethod("drillDown")))
			.contains("Widening.drillDown");
		assertThat(widening(Widening.class, Widening.class.getDeclaredMethod("narrower"))).isNull();
		assertThat(widening(Widening.class, Widening.class.getDeclaredMethod("inherited"))).isNull();
	}

	/**
	 * Null when the method's expression never grants what its class's denies; otherwise a
	 * description with one set of authorities that shows it.
	 */
	static String widening(Class<?> type, Method method) {
		PreAuthorize onClass = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
		PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
		if (onClass == null || onMethod == null) {
			return null;
		}
		Expression c = PARSER.parseExpression(onClass.value());
		Expression mth = PARSER.parseExpression(onMethod.value());
		for (Set<String> authorities : authoritySets()) {
			if (grants(mth, authorities) && !grants(c, authorities)) {
				return type.getSimpleName() + "." + method.getName() + ": " + onMethod.value() + " grants "
						+ new TreeSet<>(authorities) + " what the class's " + onClass.value() + " denies";
			}
		}
		return null;
	}

	/**
	 * Every subset of the permissions, each alone and with the ROLE_ authority of every
	 * role.
	 */
	private static List<Set<String>> authoritySets() {
		Permission[] ps = Permission.values();
		List<Set<String>> sets = new ArrayList<>();
		for (int bits = 0; bits < (1 << ps.length); bits++) {
			Set<String> s = new LinkedHashSet<>();
			for (int i = 0; i < ps.length; i++) {
				if ((bits & (1 << i)) != 0) {
					s.add(ps[i].name());
				}
			}
			sets.add(s);
			for (Role r : Role.values()) {
				Set<String> withRole = new LinkedHashSet<>(s);
				withRole.add("ROLE_" + r.name());
				sets.add(withRole);
			}
		}
		return sets;
	}

	private static boolean grants(Expression e, Set<String> authorities) {
		Authentication a = new TestingAuthenticationToken("u", "p", authorities.toArray(String[]::new));
		SecurityExpressionRoot root = new SecurityExpressionRoot(a) {
		};
		return Boolean.TRUE.equals(e.getValue(new StandardEvaluationContext(root), Boolean.class));
	}

	/** The mistake of issue 12: a method widening its class's permission. */
	@PreAuthorize("hasAuthority('REPORT_READ')")
	static class Widening {

		@PreAuthorize("hasAuthority('PERSON_READ')")
		void drillDown() {
		}

		@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('EXPORT')")
		void narrower() {
		}

		void inherited() {
		}

	}

}
