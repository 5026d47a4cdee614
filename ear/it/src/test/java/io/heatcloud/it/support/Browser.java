package io.heatcloud.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium (Debian's chromium and chromium-driver) driving the consoles. */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;

  /** Starts a browser with a fresh profile. */
  public Browser() {
    String binary = System.getProperty("heatcloud.it.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("heatcloud.it.chromedriver", "/usr/bin/chromedriver");
    if (!new File(binary).canExecute() || !new File(chromedriver).canExecute()) {
      throw new IllegalStateException("install Debian's chromium and chromium-driver (.ci/run does): "
          + binary + ", " + chromedriver);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    try {
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
          "--user-data-dir=" + Files.createTempDirectory("heatcloud-chromium"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /**
   * Opens a page of the application.
   *
   * @param path below the context root
   */
  public void open(String path) {
    driver.get(It.BASE + path);
  }

  /**
   * Logs in through the login page.
   *
   * @param username the user
   * @param password the password
   */
  public void login(String username, String password) {
    login(username, password, null);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
  }

  /**
   * Logs in with an authenticator code (or none), without expecting success.
   *
   * @param username the user
   * @param password the password
   * @param code the authenticator's code, or null
   */
  public void login(String username, String password, String code) {
    open("/login.xhtml");
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    if (code != null) {
      type(By.id("login:code"), code);
    }
    click(By.id("login:submit"));
    idle();
  }

  /** Logs out with the top bar's button. */
  public void logout() {
    click(By.id("topForm:logout"));
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  /**
   * Types into a field.
   *
   * @param by the field
   * @param text the text
   */
  public void type(By by, String text) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Clicks and waits for PrimeFaces' Ajax queue to drain.
   *
   * @param by the element
   */
  public void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    idle();
  }

  /**
   * Chooses an option of a PrimeFaces selectOneMenu.
   *
   * @param menuId the menu's client id
   * @param labelPart a part of the option's label
   */
  public void choose(String menuId, String labelPart) {
    By panel = By.id(menuId + "_panel");
    for (int attempt = 1; ; attempt++) {
      idle();
      click(By.id(menuId));
      WebElement shown = visible(panel);
      // an item clicked while the list is still fading in is not taken: wait for the fade to end
      wait.until(d -> "1".equals(String.valueOf(((JavascriptExecutor) d)
          .executeScript("return getComputedStyle(arguments[0]).opacity", shown))));
      // a long list scrolls inside its panel, out of the mouse's reach: narrow it with its filter first
      java.util.List<WebElement> filter = driver.findElements(By.id(menuId + "_filter"));
      if (!filter.isEmpty() && filter.get(0).isDisplayed()) {
        filter.get(0).sendKeys(labelPart);
      }
      click(By.xpath("//div[@id='" + menuId + "_panel']//li[contains(@data-label, '" + labelPart + "') "
          + "and not(contains(@style, 'display: none'))]"));
      try {
        // the list fades out: until it has, it covers what lies below it
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
        break;
      } catch (org.openqa.selenium.TimeoutException e) {
        screenshot("menu-left-open-" + menuId.replace(':', '-') + "-" + attempt);
        if (attempt == 3) {
          throw e;
        }
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
      }
    }
    String label;
    try {
      label = driver.findElement(By.id(menuId + "_label")).getText();
    } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
      return; // the choice reloaded the page (the language menu): the caller checks the new page
    }
    if (!label.contains(labelPart)) {
      throw new AssertionError("menu " + menuId + " shows '" + label + "', not '" + labelPart + "'");
    }
  }

  /** Waits until no PrimeFaces Ajax request is pending and the document is complete. */
  public void idle() {
    wait.until(d -> {
      Object done = ((JavascriptExecutor) d).executeScript(
          "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());");
      return Boolean.TRUE.equals(done);
    });
  }

  /**
   * Waits for an element to be visible.
   *
   * @param by the element
   * @return it
   */
  public WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Waits for a text anywhere in an element.
   *
   * @param by the element
   * @param text the text
   */
  public void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /**
   * Saves a screenshot under target/screenshots (for people reading a failed run).
   *
   * @param name the file name without extension
   */
  public void screenshot(String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of(It.property("heatcloud.it.run.dir")).resolveSibling("screenshots");
      Files.createDirectories(dir);
      byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The driver, for anything else.
   *
   * @return the driver
   */
  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
