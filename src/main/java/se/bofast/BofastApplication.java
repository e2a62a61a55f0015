package se.bofast;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BofastApplication {

  public static void main(String[] args) {
    SpringApplication.run(BofastApplication.class, args);
  }
}
