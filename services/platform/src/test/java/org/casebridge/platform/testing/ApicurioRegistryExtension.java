package org.casebridge.platform.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link ApicurioRegistry} per test JVM, shared by every test class that uses the extension, and
 * stops it when the JVM's tests end. Test methods, constructors and {@code @BeforeAll} methods can take an
 * {@link ApicurioRegistry} parameter:
 *
 * <pre>{@code
 * @ExtendWith(ApicurioRegistryExtension.class)
 * class MyIT {
 *     @Test
 *     void registers(ApicurioRegistry registry) {
 *         var client = new HttpSchemaRegistryClient(RegistryClientConfig.of(registry.url()));
 *     }
 * }
 * }</pre>
 */
public final class ApicurioRegistryExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ApicurioRegistryExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        registry(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ApicurioRegistry.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return registry(context);
    }

    /** The shared registry, started on first use; the root store closes it after the last test. */
    public static ApicurioRegistry registry(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(ApicurioRegistry.class, type -> ApicurioRegistry.start(), ApicurioRegistry.class);
    }
}
