export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main() {
    document.documentElement.dataset.clearsendProbe = 'gmail';
  },
});
