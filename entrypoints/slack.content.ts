export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  main() {
    document.documentElement.dataset.clearsendProbe = 'slack';
  },
});
