package org.tongban.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @Menu} view: the units whose users see its menu entry. An officer of another agency
 * is not offered a page that would only tell them "not allowed". The view still checks access
 * itself; this only tidies the menu.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ShownTo {

    /** Agency codes, e.g. {@code JUSTICE}. */
    String[] agencies() default {};

    /** Whether the grass-roots units (社区, 苏木, 嘎查) see it too. */
    boolean grassRoots() default false;
}
