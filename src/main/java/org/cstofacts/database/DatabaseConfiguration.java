package org.cstofacts.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's connection pool, made durable on H2. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/** Applied to the pool Boot configures from {@code spring.datasource.*}, before anything connects. */
	@Bean
	static BeanPostProcessor durablePool() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool) {
					pool.setJdbcUrl(DurableH2.durable(pool.getJdbcUrl()));
				}
				return bean;
			}
		};
	}

}
