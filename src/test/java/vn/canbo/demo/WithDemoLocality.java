package vn.canbo.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test over the demo locality (tỉnh Bình Giang, thị xã Tân Lập and its 2025 reform).
 * Generating it takes longer than most test classes, so it is generated once per JVM,
 * committed, into a database of its own ({@link DemoDatabase}), and every test class with
 * this annotation shares that Spring context and reads {@link GeneratedDemo#summary()}
 * instead of generating it again. Tests may still write (in rolled-back transactions), as
 * in the shared database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ContextConfiguration(initializers = DemoDatabase.class)
@Import(GeneratedDemo.class)
public @interface WithDemoLocality {

}
