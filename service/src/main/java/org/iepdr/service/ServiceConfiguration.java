package org.iepdr.service;

import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFileReader;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The library objects the endpoints share: one rule book (thread-safe) and one case-file reader. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceLimits.class)
class ServiceConfiguration {

  @Bean
  RuleBook ruleBook() {
    return RuleBook.load(ServiceConfiguration.class.getClassLoader());
  }

  @Bean
  CaseFileReader caseFileReader(RuleBook ruleBook, ServiceLimits limits) {
    return CaseFileReader.forRuleBook(ruleBook).withLimits(limits.readerLimits());
  }
}
