package vn.canbo.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The folder under {@code target/browser} where a {@link BrowserTestSupport} test keeps
 * its screenshots.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BrowserShots {

	/** The folder's name, e.g. {@code training}. */
	String value();

}
