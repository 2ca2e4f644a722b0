package vn.canbo.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one reflective record utility: a record's component values by name, and a record
 * built from values by component name (absent = null). Form binding, input cleaning and
 * the dossier field declaration go through it instead of writing canonical constructors
 * with dozens of arguments.
 */
public final class RecordValues {

	private RecordValues() {
	}

	/** The component values of {@code r} by component name, in declaration order. */
	public static Map<String, Object> of(Record r) {
		Map<String, Object> m = new LinkedHashMap<>();
		try {
			for (RecordComponent c : r.getClass().getRecordComponents()) {
				c.getAccessor().setAccessible(true);
				m.put(c.getName(), c.getAccessor().invoke(r));
			}
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot read " + r.getClass().getSimpleName(), e);
		}
		return m;
	}

	/** A record of {@code type} whose components take {@code value.apply(component)}. */
	public static <R extends Record> R create(Class<R> type, Function<RecordComponent, Object> value) {
		RecordComponent[] cs = type.getRecordComponents();
		Object[] values = new Object[cs.length];
		Class<?>[] types = new Class<?>[cs.length];
		for (int i = 0; i < cs.length; i++) {
			types[i] = cs[i].getType();
			values[i] = value.apply(cs[i]);
		}
		try {
			Constructor<R> c = type.getDeclaredConstructor(types);
			c.setAccessible(true);
			return c.newInstance(values);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot create " + type.getSimpleName(), e);
		}
	}

	/** A record of {@code type} from values by component name (absent = null). */
	public static <R extends Record> R create(Class<R> type, Map<String, ?> values) {
		return create(type, c -> values.get(c.getName()));
	}

	/** {@code r} with each component replaced by {@code f(name, value)}. */
	@SuppressWarnings("unchecked")
	public static <R extends Record> R map(R r, BiFunction<String, Object, Object> f) {
		if (r == null) {
			return null;
		}
		Map<String, Object> values = of(r);
		return create((Class<R>) r.getClass(), c -> f.apply(c.getName(), values.get(c.getName())));
	}

}
