// Show the "Print" button only where scripts run, and print the page when it is pressed.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
