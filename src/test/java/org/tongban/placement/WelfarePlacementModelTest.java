package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.TongbanTest;

/**
 * The model calls its beans as {@code ${bean.method(execution)}} (service tasks, listeners, timers,
 * conditions): every such call names a bean of the application with that method, so a renamed
 * method fails here rather than in a running case.
 */
@TongbanTest
class WelfarePlacementModelTest {

    private static final Pattern CALL = Pattern.compile("\\$\\{[^}]*?\\b(welfarePlacement\\w+)\\.(\\w+)\\(execution\\)");

    @Autowired ApplicationContext context;

    @Test
    void every_bean_method_the_model_calls_exists() throws IOException {
        String bpmn;
        try (var in = getClass().getClassLoader().getResourceAsStream("processes/welfare-placement/welfare-placement.bpmn")) {
            bpmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = CALL.matcher(bpmn);
        List<String> missing = new ArrayList<>();
        int calls = 0;
        while (m.find()) {
            calls++;
            String bean = m.group(1);
            String method = m.group(2);
            if (!context.containsBean(bean) || Arrays.stream(AopUtils.getTargetClass(context.getBean(bean)).getMethods())
                    .noneMatch(x -> x.getName().equals(method) && x.getParameterCount() == 1)) {
                missing.add(bean + "." + method);
            }
        }
        assertThat(calls).isGreaterThan(20);
        assertThat(missing).isEmpty();
    }
}
