package vn.canbo.reports;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.BooleanLiteral;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.Elvis;
import org.springframework.expression.spel.ast.Indexer;
import org.springframework.expression.spel.ast.IntLiteral;
import org.springframework.expression.spel.ast.LongLiteral;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.NullLiteral;
import org.springframework.expression.spel.ast.OpAnd;
import org.springframework.expression.spel.ast.OpEQ;
import org.springframework.expression.spel.ast.OpGE;
import org.springframework.expression.spel.ast.OpGT;
import org.springframework.expression.spel.ast.OpLE;
import org.springframework.expression.spel.ast.OpLT;
import org.springframework.expression.spel.ast.OpMinus;
import org.springframework.expression.spel.ast.OpNE;
import org.springframework.expression.spel.ast.OpOr;
import org.springframework.expression.spel.ast.OpPlus;
import org.springframework.expression.spel.ast.OperatorNot;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.RealLiteral;
import org.springframework.expression.spel.ast.StringLiteral;
import org.springframework.expression.spel.ast.Ternary;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * What a paragraph template may contain: an ALLOW-list, checked before every render (on
 * save and on each report). The body is plain text with exactly these Thymeleaf TEXT
 * constructs: {@code [(${e})]}, {@code [[${e}]]}, {@code [# th:each="x : ${e}"]} (or
 * {@code "x, s : ${e}"}), {@code [# th:if="${e}"]}, {@code [# th:unless="${e}"]} and
 * {@code [/]}; anything else that Thymeleaf would process ({@code [#…}, {@code ${…}},
 * {@code *{…}}, {@code #{…}}, {@code @{…}}, {@code ~{…}}, {@code __…__}, {@code th:}) is
 * refused. Each expression {@code e} is parsed by SpEL and may contain only: the names of
 * the model's figures and the loop variables, {@code fig['CODE']} (any provider's figure
 * by its code: the index must be a string literal; the codes are returned to be checked),
 * the properties of a figure ({@code label}, {@code labelLower}, {@code count},
 * {@code pct}, {@code pct0}…{@code pct3}, {@code of}, {@code total}, {@code link}) and of
 * a loop status ({@code index}, {@code count}, {@code size}, {@code first}, {@code last},
 * {@code even}, {@code odd}), {@code isEmpty()}/{@code size()}/{@code empty}, literals,
 * comparisons, {@code and}/{@code or}/{@code not}, {@code +}, {@code -}, the conditional
 * and Elvis operators. No types, constructors, beans, variables ({@code #this},
 * {@code #ctx}…), indexers ({@code ['cla'+'ss']}), selections, projections or
 * assignments.
 */
final class TemplateExpressions {

	/** An expression: no braces, brackets or quotes, but for {@code fig['CODE']}. */
	private static final String EXPR = "\\$\\{((?:[^{}\\[\\]\"]|\\['[A-Za-z0-9_:+]+'\\])*)\\}";

	/**
	 * The model entry of every figure of every provider, named by code:
	 * {@code fig['CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND']} (a string literal, nothing
	 * else, as the index).
	 */
	static final String FIGURES = "fig";

	private static final String NAME = "([A-Za-z][A-Za-z0-9]*)";

	private static final Pattern CONSTRUCT = Pattern.compile("\\[\\(" + EXPR + "\\)\\]|\\[\\[" + EXPR + "\\]\\]"
			+ "|\\[#\\s+th:each=\"\\s*" + NAME + "\\s*(?:,\\s*" + NAME + "\\s*)?:\\s*" + EXPR + "\\s*\"\\s*\\]"
			+ "|\\[#\\s+th:(?:if|unless)=\"\\s*" + EXPR + "\\s*\"\\s*\\]" + "|\\[/\\]");

	/** Outside the constructs above: what Thymeleaf (TEXT mode) would process. */
	private static final Pattern STRAY = Pattern.compile("\\[#|\\[\\(|\\[\\[|\\[/|[$*#@~]\\{|__|th:");

	private static final Set<String> PROPERTIES = Set.of("label", "labelLower", "count", "pct", "pct0", "pct1", "pct2",
			"pct3", "of", "total", "link", "index", "size", "first", "last", "even", "odd", "empty");

	private static final Set<String> METHODS = Set.of("isEmpty", "size");

	private static final Set<Class<?>> NODES = Set.of(CompoundExpression.class, PropertyOrFieldReference.class,
			MethodReference.class, StringLiteral.class, IntLiteral.class, LongLiteral.class, RealLiteral.class,
			BooleanLiteral.class, NullLiteral.class, OpAnd.class, OpOr.class, OperatorNot.class, OpEQ.class, OpNE.class,
			OpGT.class, OpGE.class, OpLT.class, OpLE.class, OpPlus.class, OpMinus.class, Ternary.class, Elvis.class);

	private static final SpelExpressionParser PARSER = new SpelExpressionParser();

	private TemplateExpressions() {
	}

	/**
	 * Refuses (400, field {@code body}) a body that reaches beyond the model's names.
	 */
	static Set<String> check(String body, Set<String> modelNames) {
		Set<String> names = new HashSet<>(modelNames);
		Matcher m = CONSTRUCT.matcher(body);
		int at = 0;
		StringBuilder exprs = new StringBuilder();
		while (m.find()) {
			stray(body.substring(at, m.start()));
			at = m.end();
			for (int g = 1; g <= m.groupCount(); g++) {
				if (m.group(g) == null) {
					continue;
				}
				if (g == 3 || g == 4) {
					names.add(m.group(g)); // loop variable and its status
				}
				else {
					exprs.append(m.group(g)).append('\u0000');
				}
			}
		}
		stray(body.substring(at));
		Set<String> figures = new java.util.LinkedHashSet<>();
		for (String e : exprs.toString().split("\u0000")) {
			if (!e.isEmpty()) {
				expression(e, names, figures);
			}
		}
		return figures;
	}

	private static void stray(String text) {
		Matcher s = STRAY.matcher(text);
		if (s.find()) {
			int end = Math.min(text.length(), s.start() + 30);
			throw refused(text.substring(s.start(), end));
		}
	}

	private static void expression(String e, Set<String> names, Set<String> figures) {
		SpelNode ast;
		try {
			ast = ((SpelExpression) PARSER.parseRaw(e)).getAST();
		}
		catch (ParseException ex) {
			throw refused("${" + e + "}");
		}
		node(ast, names, true, figures);
	}

	private static void node(SpelNode n, Set<String> names, boolean head, Set<String> figures) {
		if (n instanceof CompoundExpression && n.getChildCount() > 1 && n.getChild(1) instanceof Indexer i) {
			// fig['CODE']…: the only indexer allowed, on the figures, with a code literal
			if (!(n.getChild(0) instanceof PropertyOrFieldReference p) || !FIGURES.equals(p.getName())
					|| !names.contains(FIGURES) || i.getChildCount() != 1
					|| !(i.getChild(0) instanceof StringLiteral code)) {
				throw refused(n.toStringAST());
			}
			figures.add(String.valueOf(code.getLiteralValue().getValue()).replace("'", ""));
			for (int c = 2; c < n.getChildCount(); c++) {
				node(n.getChild(c), names, false, figures);
			}
			return;
		}
		if (!NODES.contains(n.getClass())) {
			throw refused(n.toStringAST());
		}
		if (n instanceof PropertyOrFieldReference p && !(head ? names : PROPERTIES).contains(p.getName())) {
			throw refused(p.getName());
		}
		if (n instanceof MethodReference r && (head || !METHODS.contains(r.getName()) || r.getChildCount() > 0)) {
			throw refused(r.toStringAST());
		}
		boolean compound = n instanceof CompoundExpression;
		for (int i = 0; i < n.getChildCount(); i++) {
			node(n.getChild(i), names, !compound || i == 0, figures);
		}
	}

	private static ValidationException refused(String what) {
		return new ValidationException("body", Messages.text("reports.error.paragraphNotAllowed", what));
	}

}
