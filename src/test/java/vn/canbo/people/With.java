package vn.canbo.people;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/** Test helper: a copy of a record with one component changed, by name. */
final class With {

	private With() {
	}

	@SuppressWarnings("unchecked")
	static <R extends Record> R with(R r, String component, Object value) {
		try {
			RecordComponent[] cs = r.getClass().getRecordComponents();
			Object[] values = new Object[cs.length];
			Class<?>[] types = new Class<?>[cs.length];
			boolean found = false;
			for (int i = 0; i < cs.length; i++) {
				types[i] = cs[i].getType();
				if (cs[i].getName().equals(component)) {
					values[i] = value;
					found = true;
				}
				else {
					values[i] = cs[i].getAccessor().invoke(r);
				}
			}
			if (!found) {
				throw new IllegalArgumentException("No component " + component);
			}
			Constructor<R> c = (Constructor<R>) r.getClass().getDeclaredConstructor(types);
			c.setAccessible(true);
			return c.newInstance(values);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

}
