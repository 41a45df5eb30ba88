// Define the elements first, so Vue finds their properties (`:adapter` is then set as a property).
import 'helpdesk-elements/define.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
