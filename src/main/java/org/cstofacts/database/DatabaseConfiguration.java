package org.cstofacts.database;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's connection pool, made durable on H2 and fail-fast while the database does not answer, the monitor
 * that tells, and the health indicator ({@code database}) that readiness reads without touching the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean
	static DatabaseAvailability databaseAvailability() {
		return new DatabaseAvailability();
	}

	/** Applied to the pool Boot configures from {@code spring.datasource.*}, before anything connects. */
	@Bean
	static BeanPostProcessor durableFailFastPool(ObjectProvider<DatabaseAvailability> availability) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool) {
					pool.setJdbcUrl(DurableH2.durable(pool.getJdbcUrl()));
					return new FailFastDataSource(pool, availability.getObject());
				}
				return bean;
			}
		};
	}

	@Bean
	DatabaseMonitor databaseMonitor(DataSource dataSource, DatabaseAvailability availability,
			DatabaseProperties properties) throws SQLException {
		return new DatabaseMonitor(dataSource.unwrap(HikariDataSource.class), availability, properties);
	}

	/** Readiness: never waits for the database, only says what the last check found. */
	@Bean
	HealthIndicator databaseHealthIndicator(DatabaseAvailability availability) {
		return () -> availability.isAvailable() ? Health.up().build() : Health.down().build();
	}

}
