package org.cstofacts.postgres;

import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application at the test PostgreSQL server, in a schema of its own: a fresh one, dropped when the
 * application closes, or the one named by {@code csto.test.postgres.schema} (several applications sharing one
 * database). The postgres profile applies it to every application of the tests (through the
 * {@code META-INF/spring.factories} of {@code src/test/postgres-resources}), so the repository and ingest tests
 * run on PostgreSQL unchanged; an
 * application with {@code csto.test.postgres.skip=true} keeps the database it was given.
 */
public class FreshPostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (environment.getProperty("csto.test.postgres.skip", Boolean.class, false)) {
			return;
		}
		String given = environment.getProperty("csto.test.postgres.schema");
		String schema = (given != null) ? given : PostgresServer.createSchema();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("freshPostgresSchema",
					Map.of("spring.datasource.url", PostgresServer.urlOf(schema), "spring.datasource.username",
							PostgresServer.username(), "spring.datasource.password", PostgresServer.password())));
		if (given == null && context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			// Registered before any bean, so destroyed after all of them: the pool is closed by then.
			registry.registerDisposableBean("freshPostgresSchema.drop", () -> PostgresServer.dropSchema(schema));
		}
	}

}
